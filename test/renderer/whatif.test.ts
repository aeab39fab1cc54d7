/**
 * What-if mode: marking elements as failed shows the simulation's outcome on the canvas and
 * leaves the design alone: no undo step, no unsaved-changes mark, the very same design object.
 */
import { describe, expect, test } from 'vitest';
import { templateDocument } from '../../renderer/model/templates.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import { selectModified, selectWhatIf } from '../../renderer/state/selectors.ts';
import { loadDesign, serializeDesign } from '../../shared/model/load.ts';
import { touchesFailed } from '../../renderer/whatif/whatif.ts';
import { loadExample } from '../support/designs.ts';
import { twoPools } from '../simulation/support.ts';

function reference() {
  return createEditorStore(loadExample('reference-high-bandwidth'));
}

describe('what-if mode', () => {
  test('losing Dallas (dc1) puts the backup store in service by a manual failover, and the design is untouched', () => {
    const store = reference();
    store.getState().select(['pc1']);
    const before = store.getState();
    store.getState().toggleWhatIf();
    expect(store.getState().selection).toEqual([]);
    store.getState().toggleFailure('dc1');
    store.getState().toggleLinkFailure();
    store.getState().toggleLinkFailure();

    const s = store.getState();
    expect(s.doc).toBe(before.doc);
    expect(s.doc.design).toBe(before.doc.design);
    expect(s.history).toBe(before.history);
    expect(selectModified(s)).toBe(false);

    const view = selectWhatIf(s)!;
    expect(view.problem).toBeNull();
    const outcome = view.outcomes[0]!;
    expect(outcome.databaseServing).toBe('backup');
    expect(outcome.failover).toBe('manual');
    expect(outcome.database.instanceId).toBe('sql-mgc-backup');
    // Four servers in Houston may be active afterwards (PC-022): 4 × 20,000 (PC-003).
    expect(outcome.concurrentUserCapacity).toBe(80_000);
    // Its next hop fepool1 is in Dallas too: chat waits for it (PC-018).
    expect(outcome.serviceAvailable).toBe(false);
    expect(outcome.interruption).toBe('until-next-hop');
    expect(outcome.steps.map((st) => st.id)).toContain('FO-1');

    // Everything in Dallas is greyed, not only the data center that was clicked.
    for (const id of ['dc1', 'pc1', 'pc3', 'sql-mgc', 'sql-mgc-mirror']) {
      expect(view.marks.get(id), id).toBe('failed');
    }
    expect(view.marks.get('sql-mgc-backup')).toBe('principal');
    expect(view.marks.get('pc7')).toBe('activated');
    expect(view.marks.get('pc8')).toBe('activated');
    expect(view.marks.has('pc5')).toBe(false);
    expect(view.marks.has('dc2')).toBe(false);
  });

  test('a second click brings an element back, and the pool runs as designed', () => {
    const store = reference();
    store.getState().toggleWhatIf();
    store.getState().toggleFailure('dc1');
    store.getState().toggleFailure('dc1');
    const s = store.getState();
    expect(s.whatIf.failures.elementIds).toEqual([]);
    const view = selectWhatIf(s)!;
    expect(view.outcomes[0]!.databaseServing).toBe('primary');
    expect(view.outcomes[0]!.failover).toBe('none');
    expect(view.outcomes[0]!.dataLossWindowMinutes).toBeNull();
    // The primary store serving as designed is no change: nothing is marked.
    expect([...view.marks]).toEqual([]);
  });

  test('losing the primary SQL Server fails over to its mirror on its own (witness)', () => {
    const store = reference();
    store.getState().toggleWhatIf();
    store.getState().toggleFailure('sql-mgc');
    const view = selectWhatIf(store.getState())!;
    expect(view.outcomes[0]!.databaseServing).toBe('mirror');
    expect(view.outcomes[0]!.failover).toBe('automatic');
    expect(view.marks.get('sql-mgc')).toBe('failed');
    expect(view.marks.get('sql-mgc-mirror')).toBe('principal');
  });

  test('the outcome is derived once per design and set of failures', () => {
    const store = reference();
    expect(selectWhatIf(store.getState())).toBeNull();
    store.getState().toggleWhatIf();
    const first = selectWhatIf(store.getState());
    expect(selectWhatIf(store.getState())).toBe(first);
    store.getState().toggleMinimap();
    expect(selectWhatIf(store.getState())).toBe(first);
    store.getState().toggleFailure('pc1');
    const second = selectWhatIf(store.getState());
    expect(second).not.toBe(first);
    expect(second!.marks.get('pc1')).toBe('failed');
  });

  test('clicks do nothing while the mode is off, and a pool cannot be marked', () => {
    const store = reference();
    store.getState().toggleFailure('dc1');
    store.getState().toggleLinkFailure();
    expect(store.getState().whatIf.failures).toEqual({ elementIds: [], link: false });
    store.getState().toggleWhatIf();
    store.getState().toggleFailure('pool1');
    store.getState().toggleFailure('no-such-element');
    expect(store.getState().whatIf.failures.elementIds).toEqual([]);
  });

  test('the link between the data centers can be marked as down', () => {
    const store = reference();
    store.getState().toggleWhatIf();
    store.getState().toggleLinkFailure();
    const outcome = selectWhatIf(store.getState())!.outcomes[0]!;
    expect(outcome.linkDown).toBe(true);
    store.getState().toggleLinkFailure();
    expect(selectWhatIf(store.getState())!.outcomes[0]!.linkDown).toBe(false);
  });

  test('turning it off forgets the failures; opening another design turns it off', () => {
    const store = reference();
    store.getState().toggleWhatIf();
    store.getState().toggleFailure('dc1');
    store.getState().toggleWhatIf();
    expect(store.getState().whatIf).toEqual({ on: false, failures: { elementIds: [], link: false } });
    store.getState().toggleWhatIf();
    expect(store.getState().whatIf.failures.elementIds).toEqual([]);
    store.getState().toggleFailure('dc2');
    store.getState().openDocument(templateDocument('low-bandwidth'), { name: null, fileId: null });
    expect(store.getState().whatIf.on).toBe(false);
  });

  test('an element removed by undo while marked is left out instead of breaking the outcome', () => {
    const store = reference();
    const id = store.getState().placeElement('server', null, { dataCenter: 'dc2' });
    store.getState().toggleWhatIf();
    store.getState().toggleFailure(id);
    store.getState().undo();
    const view = selectWhatIf(store.getState())!;
    expect(view.problem).toBeNull();
    expect(view.outcomes[0]!.failed).toEqual([]);
  });

  test('a design without a pool says so, in the planner’s language', () => {
    const store = createEditorStore(templateDocument('empty'), { locale: 'es' });
    store.getState().toggleWhatIf();
    store.getState().toggleFailure('dc1');
    const view = selectWhatIf(store.getState())!;
    expect(view.outcomes).toEqual([]);
    expect(view.problem!.text.es).toContain('no tiene ningún grupo');
  });

  test('with nothing failed no instance is marked, not even the serving primary store', () => {
    const store = reference();
    store.getState().toggleWhatIf();
    const view = selectWhatIf(store.getState())!;
    expect(view.outcomes[0]!.database.instanceId).toBe('sql-mgc');
    expect(view.marks.size).toBe(0);
  });

  test('every pool of the design is simulated, and the marks come from all of them', () => {
    const doc = { ...loadExample('reference-high-bandwidth'), design: twoPools() };
    const store = createEditorStore(loadDesign(serializeDesign(doc)));
    store.getState().toggleWhatIf();
    store.getState().toggleFailure('pc1');
    store.getState().toggleFailure('pc5');
    const view = selectWhatIf(store.getState())!;
    expect(view.outcomes.map((o) => o.poolFqdn)).toEqual(['pchatpool.contoso.com', 'pchatpool2.contoso.com']);
    // pchatpool makes pchat3 active for pchat1, pchatpool2 makes pchat7 active for pchat5.
    expect(view.marks.get('pc3')).toBe('activated');
    expect(view.marks.get('pc7')).toBe('activated');
    expect(view.marks.get('pc1')).toBe('failed');
    expect(view.marks.get('pc5')).toBe('failed');
  });

  test('a line is greyed when one of its ends is lost, itself or with its data center', () => {
    const store = reference();
    store.getState().toggleWhatIf();
    store.getState().toggleFailure('dc1');
    const { marks } = selectWhatIf(store.getState())!;
    expect(touchesFailed(marks, 'pool1', 'fe1')).toBe(true); // the next hop in Dallas
    expect(touchesFailed(marks, 'sql-mgc', 'sql-mgc-mirror')).toBe(true);
    expect(touchesFailed(marks, 'sql-mgc-backup', 'sql-mgc-backup-mirror')).toBe(false);
    expect(touchesFailed(marks, 'pc5', 'pool1')).toBe(false);
  });
});
