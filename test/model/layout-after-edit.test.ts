import { describe, expect, it } from 'vitest';
import { completeLayout, layoutAfterEdit } from '../../shared/model/layout.ts';
import type { DesignDocument } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import { loadExample, reference, withSql } from '../support/designs.ts';

/** The reference as the canvas holds it: every box placed. */
function referenceDoc(): DesignDocument {
  return completeLayout({ ...loadExample('reference-high-bandwidth'), design: reference() });
}

/** Ids of the other boxes of `dc` that sit exactly where `id` sits. */
function stackedOn(doc: DesignDocument, id: string, dc: string): string[] {
  const at = doc.layout.nodes[id]!;
  const inDc = [
    ...doc.design.servers,
    ...doc.design.sqlInstances,
    ...doc.design.fileStores,
    ...doc.design.shares,
  ]
    .filter((el) => el.dataCenterId === dc && el.id !== id)
    .map((el) => el.id);
  return inDc.filter((other) => {
    const l = doc.layout.nodes[other];
    return l !== undefined && l.x === at.x && l.y === at.y;
  });
}

describe('a quick fix that moves or adds a box puts it on a free spot', () => {
  it('moves "Move X to Dallas" to a free cell of Dallas, leaving every other box where it was', () => {
    const doc = referenceDoc();
    // The primary store's mirror stands in Houston; PC-025 moves it back beside the primary.
    // Its box in Houston sits in the cell that sqlwit1 holds in Dallas, as the grids of the two
    // data centers line up.
    const broken = {
      ...doc,
      design: withSql(doc.design, 'sql-mgc-mirror', { dataCenterId: 'dc2' }),
      layout: {
        ...doc.layout,
        nodes: { ...doc.layout.nodes, 'sql-mgc-mirror': doc.layout.nodes['sql-witness1']! },
      },
    };
    const fix = validate(broken.design).find(
      (f) => f.ruleId === 'PC-025' && f.messageKey === 'mirrorElsewhere',
    )!.fix!;
    expect(fix.title).toBe('Move sqlpc1m.contoso.com\\PCHAT to Dallas');
    const fixed = layoutAfterEdit(broken, fix.apply(broken.design));
    expect(stackedOn(fixed, 'sql-mgc-mirror', 'dc1')).toEqual([]);
    // Without the mechanism the mirror keeps its old cell, which another Dallas box holds.
    const naive = completeLayout({ ...broken, design: fix.apply(broken.design) });
    expect(naive.layout.nodes['sql-mgc-mirror']).toEqual(broken.layout.nodes['sql-mgc-mirror']);
    expect(stackedOn(naive, 'sql-mgc-mirror', 'dc1')).not.toEqual([]);
    for (const [id, l] of Object.entries(broken.layout.nodes))
      if (id !== 'sql-mgc-mirror') expect(fixed.layout.nodes[id], id).toEqual(l);
  });

  it('places an added share on a free cell of its data center and drops the layout of what is gone', () => {
    const doc = referenceDoc();
    const design = {
      ...doc.design,
      shares: [
        ...doc.design.shares.filter((s) => s.id !== 'share-mirror'),
        {
          id: 'share-new',
          serverFqdn: 'fs1.contoso.com',
          shareName: 'x',
          dataCenterId: 'dc1',
          purpose: 'mirroring' as const,
        },
      ],
    };
    const next = layoutAfterEdit(doc, design);
    expect(next.layout.nodes['share-mirror']).toBeUndefined();
    expect(next.layout.nodes['share-new']).toBeDefined();
    expect(stackedOn(next, 'share-new', 'dc1')).toEqual([]);
  });

  it('hands back the same document when the design did not change', () => {
    const doc = referenceDoc();
    expect(layoutAfterEdit(doc, doc.design)).toBe(doc);
  });
});
