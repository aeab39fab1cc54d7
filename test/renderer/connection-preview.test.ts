/**
 * While a line is drawn, the preview says what the rules would make of the result: a line the
 * model accepts but the rules reject (a mirror in the other data center) names the finding, in
 * the planner's language, instead of a plain "allowed"; and no message shows a raw placeholder.
 */
import { describe, expect, test } from 'vitest';
import { createI18n } from '../../renderer/i18n/index.ts';
import { errorsOfConnection } from '../../renderer/model/connection-findings.ts';
import { describeConnection } from '../../renderer/model/connection-text.ts';
import type { ConnectionIntent } from '../../renderer/model/connections.ts';
import { planConnection } from '../../renderer/model/connections.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import { validate } from '../../shared/rules/engine.ts';
import { loadExample } from '../support/designs.ts';

/** The reference design with the primary store's mirror and witness taken away, and a spare instance in `dc`. */
function unmirrored(dc: 'dc1' | 'dc2') {
  const store = createEditorStore(loadExample('reference-high-bandwidth'));
  const s = store.getState();
  for (const role of ['primary', 'compliance'] as const) {
    s.assignStoreInstance('pool1', role, 'witness', null);
    s.assignStoreInstance('pool1', role, 'mirror', null);
  }
  const spare = store.getState().placeElement('sqlInstance', null, { dataCenter: dc });
  return { design: store.getState().doc.design, spare };
}

describe('the rules while a line is drawn', () => {
  test('a mirror in the other data center shows the finding it would cause, in the locale', () => {
    const { design, spare } = unmirrored('dc2');
    const plan = planConnection(design, 'sql-mgc', spare, 'mirror');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const ends = { fromId: 'sql-mgc', toId: spare };
    const en = errorsOfConnection(design, plan.intent, ends, 'en');
    expect(en.map((f) => f.ruleId)).toEqual(['PC-025']);
    expect(en[0]!.message).toContain('must be in the same physical data center');
    const es = errorsOfConnection(design, plan.intent, ends, 'es');
    expect(es[0]!.message).toContain('deben estar en el mismo centro de datos físico');
  });

  test('a mirror in the same data center adds no error', () => {
    const { design, spare } = unmirrored('dc1');
    const plan = planConnection(design, 'sql-mgc', spare, 'mirror');
    if (!plan.ok) throw new Error('refused');
    expect(errorsOfConnection(design, plan.intent, { fromId: 'sql-mgc', toId: spare }, 'en')).toEqual([]);
  });

  test('errors the design already had are not blamed on the line', () => {
    const store = createEditorStore(loadExample('reference-high-bandwidth'));
    const s = store.getState();
    for (const role of ['primary', 'compliance'] as const) {
      s.assignStoreInstance('pool1', role, 'witness', null);
      s.assignStoreInstance('pool1', role, 'mirror', null);
    }
    store.getState().updateElement('sql-mgc', { version: '2005' });
    const spare = store.getState().placeElement('sqlInstance', null, { dataCenter: 'dc1' });
    const design = store.getState().doc.design;
    const already = validate(design).filter((f) => f.severity === 'error' && f.elements.includes('sql-mgc'));
    expect(already.length).toBeGreaterThan(0);
    const plan = planConnection(design, 'sql-mgc', spare, 'mirror');
    if (!plan.ok) throw new Error('refused');
    const added = errorsOfConnection(design, plan.intent, { fromId: 'sql-mgc', toId: spare }, 'en');
    expect(added.filter((f) => already.some((a) => a.message === f.message))).toEqual([]);
  });
});

describe('the preview’s words', () => {
  const design = loadExample('reference-high-bandwidth').design;
  const intents: ConnectionIntent[] = [
    { kind: 'nextHop', poolId: 'pool1', frontEndPoolId: 'fe1' },
    { kind: 'member', poolId: 'pool1', serverId: 'pc1' },
    { kind: 'store', poolId: 'pool1', role: 'primary', instanceId: 'sql-mgc' },
    { kind: 'mirror', poolId: 'pool1', role: 'primary', principalId: 'sql-mgc', mirrorId: 'sql-mgc-mirror' },
    { kind: 'witness', poolId: 'pool1', role: 'primary', principalId: 'sql-mgc', witnessId: 'sql-witness1' },
    {
      kind: 'logShipping',
      poolId: 'pool1',
      role: 'backup',
      primaryId: 'sql-mgc',
      secondaryId: 'sql-mgc-backup',
    },
    { kind: 'fileStore', poolId: 'pool1', fileStoreId: 'fs1' },
    { kind: 'share', poolId: 'pool1', shareId: 'share-logcopy', slot: 'log-copy' },
  ];

  test.each(['en', 'es'] as const)(
    'every kind of line is described without a raw placeholder (%s)',
    (locale) => {
      const t = createI18n(locale).t;
      for (const intent of intents) {
        const text = describeConnection({ ok: true, intent }, design, t);
        expect(text, intent.kind).not.toMatch(/\{\{|\}\}/);
      }
      const shipping = describeConnection({ ok: true, intent: intents[5]! }, design, t);
      expect(shipping).toContain('sqlpc1.contoso.com');
      expect(shipping).toContain('sqlpc2.contoso.com');
    },
  );
});
