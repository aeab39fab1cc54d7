import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../shared/rules/catalogue.ts';
import { allRules } from '../../shared/rules/registry.ts';
import { rulesDocument } from '../../scripts/rules-doc.ts';
import { runCli } from '../support/cli.ts';
import { projectRoot } from '../support/designs.ts';

const ids = Array.from({ length: 70 }, (_, i) => `PC-${String(i + 1).padStart(3, '0')}`);

describe('the rule catalogue', () => {
  it('accounts for every catalogue id exactly once: implemented or explained', () => {
    const implemented = new Set(allRules.map((r) => r.id));
    const explained = new Set(catalogueEntries.map((e) => e.id));
    for (const id of ids) {
      expect(
        implemented.has(id) !== explained.has(id),
        `${id} must be implemented or explained, not both`,
      ).toBe(true);
    }
  });

  it('gives every rule an English and a Spanish summary and message', () => {
    for (const rule of allRules) {
      expect(rule.summary.en, rule.id).not.toBe('');
      expect(rule.summary.es, rule.id).not.toBe('');
      for (const [key, text] of Object.entries(rule.messages)) {
        expect(text.en, `${rule.id}.${key}`).not.toBe('');
        expect(text.es, `${rule.id}.${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in English and Spanish, so no translation drops a server name', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const rule of allRules) {
      for (const [key, text] of Object.entries({ summary: rule.summary, ...rule.messages })) {
        expect(holes(text.es), `${rule.id}.${key}`).toEqual(holes(text.en));
      }
    }
  });

  it('keeps docs/rules.md in step with the rules (run npm run docs:rules)', () => {
    expect(readFileSync(join(projectRoot, 'docs', 'rules.md'), 'utf8')).toBe(rulesDocument());
  });

  it('lists in `rules --json` every id docs/rules.md marks implemented', async () => {
    const doc = readFileSync(join(projectRoot, 'docs', 'rules.md'), 'utf8');
    const marked = [...doc.matchAll(/^\| (PC-\d{3}) \| implemented \|/gm)].map((m) => m[1]);
    const listed = (JSON.parse((await runCli('rules', '--json')).stdout) as { id: string }[]).map(
      (r) => r.id,
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(listed).toEqual(expect.arrayContaining(marked));
  });
});
