/** What a line between two boxes means, and which lines the model refuses while they are drawn. */
import { describe, expect, test } from 'vitest';
import { updateElement, updateStore } from '../../shared/model/edit.ts';
import type { Design } from '../../shared/model/types.ts';
import { applyConnection, planConnection } from '../../renderer/model/connections.ts';
import { relationsOf, removeRelation } from '../../renderer/model/relations.ts';
import { templateDocument } from '../../renderer/model/templates.ts';

const reference = () => templateDocument('high-bandwidth').design;
const reason = (design: Design, from: string, to: string, handle: string | null) => {
  const plan = planConnection(design, from, to, handle);
  return plan.ok ? plan.intent.kind : `refused: ${plan.refusal.reason}`;
};

describe('planConnection', () => {
  test('a pool’s line means what its target is', () => {
    const d = updateElement(reference(), 'pool', 'pool1', { nextHopId: null, fileStoreId: null });
    expect(reason(d, 'pool1', 'fe2', 'link')).toBe('nextHop');
    expect(reason(d, 'pool1', 'fs2', 'link')).toBe('fileStore');
    expect(reason(d, 'pool1', 'pc1', 'link')).toBe('refused: alreadyConnected');
    expect(reason(d, 'pc1', 'fe1', 'member')).toBe('refused: unsupported');
    expect(reason(d, 'pool1', 'pool1', 'link')).toBe('refused: self');
  });

  test('a pool’s store line fills the first empty store its options call for', () => {
    let d = updateStore(reference(), 'pool1', 'compliance', { sqlInstanceId: null });
    const plan = planConnection(d, 'pool1', 'sql-mgc', 'link');
    expect(plan.ok && plan.intent).toMatchObject({ kind: 'store', role: 'compliance' });
    // With every store in use assigned, another store line has nowhere to go.
    d = updateElement(reference(), 'pool', 'pool1', { compliance: false, disasterRecovery: false });
    expect(reason(d, 'pool1', 'sql-comp-mirror', 'link')).toBe('refused: storesFull');
  });

  test('mirror, witness and log-shipping lines start only at a store, in order', () => {
    const d = reference();
    expect(reason(d, 'sql-witness1', 'sql-mgc-mirror', 'mirror')).toBe('refused: notAStore');
    expect(reason(d, 'sql-mgc', 'sql-comp-backup', 'mirror')).toBe('refused: alreadyMirrored');
    const bare = updateStore(d, 'pool1', 'backup', { mirrorId: null, witnessId: null });
    expect(reason(bare, 'sql-mgc-backup', 'sql-witness2', 'witness')).toBe('refused: witnessNeedsMirror');
    expect(reason(d, 'sql-mgc-backup', 'sql-comp-backup', 'logShipping')).toBe('refused: notShippable');
    expect(reason(d, 'sql-mgc', 'sql-comp-backup', 'logShipping')).toBe('refused: alreadyShipping');
    const single = updateElement(
      updateStore(d, 'pool1', 'backup', { sqlInstanceId: null }),
      'pool',
      'pool1',
      { computers: 'single' },
    );
    expect(reason(single, 'sql-mgc', 'sql-mgc-backup', 'logShipping')).toBe('refused: singleComputer');
  });

  test('log shipping to a new instance makes it the backup store and turns on disaster recovery', () => {
    let d = updateElement(
      updateStore(reference(), 'pool1', 'backup', { sqlInstanceId: null }),
      'pool',
      'pool1',
      {
        disasterRecovery: false,
      },
    );
    const plan = planConnection(d, 'sql-mgc', 'sql-mgc-backup', 'logShipping');
    if (!plan.ok) throw new Error(plan.refusal.reason);
    d = applyConnection(d, plan.intent);
    expect(d.pools[0]!.stores.backup.sqlInstanceId).toBe('sql-mgc-backup');
    expect(d.pools[0]!.disasterRecovery).toBe(true);
  });

  test('a witness that is only a witness takes the witness port 7022', () => {
    let d = updateStore(reference(), 'pool1', 'backup', { witnessId: null });
    d = updateElement(d, 'sqlInstance', 'sql-witness2', { mirroringPort: 5022 });
    d = updateStore(d, 'pool1', 'complianceBackup', { witnessId: null });
    const plan = planConnection(d, 'sql-mgc-backup', 'sql-witness2', 'witness');
    if (!plan.ok) throw new Error(plan.refusal.reason);
    d = applyConnection(d, plan.intent);
    expect(d.sqlInstances.find((i) => i.id === 'sql-witness2')!.mirroringPort).toBe(7022);
  });

  test('a share fills the slot of its purpose, or the first free slot, taking that purpose', () => {
    let d = updateElement(reference(), 'pool', 'pool1', {
      logShipping: { ...reference().pools[0]!.logShipping, copyShareId: null },
    });
    const plan = planConnection(d, 'pool1', 'share-logcopy', 'link');
    expect(plan.ok && plan.intent).toMatchObject({ kind: 'share', slot: 'log-copy' });
    // A log-backup share when the log-backup slot is taken goes to the free copy slot.
    d = updateElement(d, 'share', 'share-logcopy', { purpose: 'log-backup', shareName: 'pchatlogs' });
    const second = planConnection(d, 'pool1', 'share-logcopy', 'link');
    if (!second.ok) throw new Error(second.refusal.reason);
    d = applyConnection(d, second.intent);
    expect(d.shares.find((s) => s.id === 'share-logcopy')).toMatchObject({
      purpose: 'log-copy',
      shareName: 'pchatlogcopy',
    });
  });
});

describe('relations', () => {
  test('the reference draws one line per relation, merging the roles one instance plays', () => {
    const relations = relationsOf(reference());
    const store = relations.find((r) => r.id === 'store:pool1:sql-mgc')!;
    expect(store.roles).toEqual(['primary', 'compliance']);
    const witness = relations.find((r) => r.id === 'witness:pool1:sql-mgc:sql-witness1')!;
    expect(witness.roles).toEqual(['primary', 'compliance']);
    expect(relations.filter((r) => r.kind === 'logShipping').map((r) => r.target)).toEqual([
      'sql-mgc-backup',
      'sql-comp-backup',
    ]);
    expect(relations.filter((r) => r.kind === 'member')).toHaveLength(8);
  });

  test('removing a merged line clears every role it stands for', () => {
    const d = reference();
    const store = relationsOf(d).find((r) => r.id === 'store:pool1:sql-mgc')!;
    const after = removeRelation(d, store);
    expect(after.pools[0]!.stores.primary.sqlInstanceId).toBeNull();
    expect(after.pools[0]!.stores.compliance.sqlInstanceId).toBeNull();
    expect(after.pools[0]!.stores.primary.mirrorId).toBe('sql-mgc-mirror');
  });

  test('references to elements that do not exist draw no line', () => {
    const d = updateElement(reference(), 'pool', 'pool1', { nextHopId: 'gone' });
    expect(relationsOf(d).some((r) => r.kind === 'nextHop')).toBe(false);
  });
});
