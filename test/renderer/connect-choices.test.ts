/** The Connect dialog's lists: the lines a box starts, and only the targets the model would take. */
import { describe, expect, test } from 'vitest';
import { updateStore } from '../../shared/model/edit.ts';
import { connectChoices, connectSourceOf, sourceHandlesOf } from '../../renderer/model/connect-choices.ts';
import { planConnection } from '../../renderer/model/connections.ts';
import { templateDocument } from '../../renderer/model/templates.ts';

const reference = () => templateDocument('high-bandwidth').design;

describe('connect choices', () => {
  test('each kind offers the lines its box has handles for', () => {
    const d = reference();
    expect(sourceHandlesOf(d, 'sql-mgc')).toEqual(['mirror', 'witness', 'logShipping']);
    expect(sourceHandlesOf(d, 'pool1')).toEqual(['link']);
    expect(sourceHandlesOf(d, 'pc1')).toEqual(['member']);
    expect(sourceHandlesOf(d, 'fe1')).toEqual([]);
    expect(sourceHandlesOf(d, 'nothing')).toEqual([]);
  });

  test('only one selected element that starts lines can be the source', () => {
    const doc = { design: reference() };
    expect(connectSourceOf({ doc, selection: ['sql-mgc'] })).toBe('sql-mgc');
    expect(connectSourceOf({ doc, selection: ['fe1'] })).toBeNull();
    expect(connectSourceOf({ doc, selection: ['sql-mgc', 'pc1'] })).toBeNull();
    expect(connectSourceOf({ doc, selection: [] })).toBeNull();
  });

  test('the targets are exactly those planConnection accepts, named by FQDN and sorted', () => {
    const d = updateStore(reference(), 'pool1', 'primary', { mirrorId: null });
    const { targets, refusal } = connectChoices(d, 'sql-mgc', 'mirror');
    expect(refusal).toBeNull();
    expect(targets.map((t) => t.label)).toContain('sqlpc1m.contoso.com\\PCHAT');
    expect(targets.map((t) => t.id)).not.toContain('sql-mgc');
    for (const t of targets) expect(planConnection(d, 'sql-mgc', t.id, 'mirror').ok).toBe(true);
    const labels = targets.map((t) => t.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
    // Nothing the model refuses slips in: a Front End pool never takes a mirror line.
    expect(targets.map((t) => t.id)).not.toContain('fe1');
  });

  test('when nothing takes the line, the model’s refusal says why', () => {
    const { targets, refusal } = connectChoices(reference(), 'sql-mgc', 'mirror');
    expect(targets).toEqual([]);
    expect(refusal?.reason).toBe('alreadyMirrored');
  });
});
