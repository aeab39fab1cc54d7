/**
 * The canvas commands are enough to build the PC-023 reference design from an empty canvas,
 * with nothing but what the mouse can do: drops into data centers, lines between boxes, toggles and
 * buttons in the inspector. The end-to-end suite does the same through the real UI.
 */
import { describe, expect, test } from 'vitest';
import { templateDocument } from '../../renderer/model/templates.ts';
import { dataCenterRect } from '../../renderer/model/layout.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import type { EditorStore } from '../../renderer/state/editor-store.ts';
import { findingsFor } from '../../renderer/state/findings.ts';

/** A point inside data center `dc`, `dx`/`dy` from its corner, as a drop would give. */
function inDataCenter(store: EditorStore, dc: string, dx: number, dy: number) {
  const r = dataCenterRect(store.getState().doc, dc);
  return { x: r.x + dx, y: r.y + dy };
}

export function buildReferenceFromEmpty(store: EditorStore) {
  const s = () => store.getState();
  const place = (
    kind: Parameters<ReturnType<typeof s>['placeElement']>[0],
    dc: string,
    col: number,
    row: number,
  ) => s().placeElement(kind, inDataCenter(store, dc, 110 + col * 180, 82 + row * 90));

  const pool = s().placeElement('pool', { x: 800, y: -100 });
  const fe1 = place('frontEndPool', 'dc1', 0, 0);
  place('frontEndPool', 'dc2', 0, 0);
  const servers = ['dc1', 'dc2'].flatMap((dc) => [0, 1, 2, 3].map((col) => place('server', dc, col, 1)));
  const [mgc, mgcMirror, compMirror, witness1] = [0, 1, 2, 3].map((col) =>
    place('sqlInstance', 'dc1', col, 2),
  );
  const [backup, backupMirror, compBackup, compBackupMirror] = [0, 1, 2, 3].map((col) =>
    place('sqlInstance', 'dc2', col, 2),
  );
  const witness2 = place('sqlInstance', 'dc2', 0, 3);
  const fileStore = place('fileStore', 'dc1', 0, 4);
  const logShare = place('share', 'dc1', 1, 4);
  const mirrorShare = place('share', 'dc1', 2, 4);
  // The copy destination lives on the backup store's server (PC-053): dropped onto that instance.
  const copyShare = s().placeElement('share', inDataCenter(store, 'dc2', 110, 172), { onto: backup });

  const refusals = [s().connectNextHop(pool, fe1!), s().connect(pool, mgc!, 'link')];
  s().select([pool]);
  s().updateElement(pool, { compliance: true });
  refusals.push(
    s().connect(pool, mgc!, 'link'),
    s().connectMirror(mgc!, mgcMirror!),
    s().connectMirror(mgc!, compMirror!),
    s().connectWitness(mgc!, witness1!),
    s().connectWitness(mgc!, witness1!),
    s().connectLogShipping(mgc!, backup!),
    s().connectLogShipping(mgc!, compBackup!),
    s().connectMirror(backup!, backupMirror!),
    s().connectMirror(compBackup!, compBackupMirror!),
    s().connectWitness(backup!, witness2!),
    s().connectWitness(compBackup!, witness2!),
    s().connect(pool, fileStore!, 'link'),
    s().connect(pool, logShare!, 'link'),
    s().connect(pool, copyShare, 'link'),
    s().connect(pool, mirrorShare!, 'link'),
  );
  // Two of the four servers in each data center stand by.
  for (const id of [servers[2], servers[3], servers[6], servers[7]])
    s().updateElement(id!, { state: 'idle' });
  return { pool, refusals, servers, ids: { mgc, backup, compBackup, copyShare, logShare, mirrorShare } };
}

describe('building the reference design from an empty canvas', () => {
  test('ends with no errors, and every connection drawn was accepted', () => {
    const store = createEditorStore(templateDocument('empty'));
    const { refusals, pool, ids } = buildReferenceFromEmpty(store);
    expect(refusals).toEqual(refusals.map(() => null));

    const design = store.getState().doc.design;
    const p = design.pools.find((x) => x.id === pool)!;
    expect(p.disasterRecovery).toBe(true);
    expect(p.stores.primary.sqlInstanceId).toBe(ids.mgc);
    expect(p.stores.compliance.sqlInstanceId).toBe(ids.mgc);
    expect(p.stores.backup.sqlInstanceId).toBe(ids.backup);
    expect(p.stores.complianceBackup.sqlInstanceId).toBe(ids.compBackup);
    expect(p.logShipping).toMatchObject({ backupShareId: ids.logShare, copyShareId: ids.copyShare });
    expect(p.mirroringShareId).toBe(ids.mirrorShare);
    expect(design.servers.every((s) => s.poolId === pool)).toBe(true);

    const findings = findingsFor(design, 'en');
    expect(
      findings.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`),
    ).toEqual([]);
    expect(findings.summary.errors).toBe(0);
  });
});
