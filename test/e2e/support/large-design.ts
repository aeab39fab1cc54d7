/** A 500-element design (the reference pool twenty times over), written as a .pctopo file for the tests to open. */
import { writeFileSync } from 'node:fs';
import { serializeDesign } from '../../../shared/model/load.ts';
import { designDocumentSchema } from '../../../shared/model/schema.ts';
import { scaledDesign } from '../../support/scale.ts';

export function writeLargeDesign(path: string, copies = 20): number {
  const design = scaledDesign(copies);
  const doc = designDocumentSchema.parse({ formatVersion: 1, design, layout: { nodes: {} } });
  writeFileSync(path, serializeDesign(doc));
  return (
    design.frontEndPools.length +
    design.pools.length +
    design.servers.length +
    design.sqlInstances.length +
    design.fileStores.length +
    design.shares.length
  );
}
