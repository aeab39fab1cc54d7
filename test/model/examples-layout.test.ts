/** The shipped examples open tidy: laid out by auto-arrange, no box on another, none outside its data center. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrangeDocument } from '../../shared/model/arrange.ts';
import { loadDesign } from '../../shared/model/load.ts';
import { examplesDir } from '../support/designs.ts';
import { outsideTheirDataCenter, overlappingPairs } from '../support/layout-geometry.ts';

const shipped = readdirSync(examplesDir).filter((f) => f.endsWith('.pctopo'));

describe('the shipped examples', () => {
  it('are all checked', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of shipped) {
    it(`${file}: no two boxes overlap, every box is inside its data center, and the layout is auto-arrange's`, () => {
      const doc = loadDesign(readFileSync(join(examplesDir, file), 'utf8'));
      expect(overlappingPairs(doc)).toEqual([]);
      expect(outsideTheirDataCenter(doc)).toEqual([]);
      expect(doc.layout).toEqual(arrangeDocument(doc).layout);
    });
  }
});
