/**
 * Messages follow the grammar of their numbers: "1 data center", "Server pchat7… is not", in
 * English and in Spanish. A parenthesised plural ("server(s)", "servidor(es)", "activo(s)")
 * dodges the choice; every message picks one of two whole forms by count instead
 * (shared/i18n/plural.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARENTHESISED_PLURAL, plural, pluralForm } from '../../shared/i18n/plural.ts';
import { locales } from '../../shared/i18n/text.ts';
import { catalogueEntries } from '../../shared/rules/catalogue.ts';
import { allRules } from '../../shared/rules/registry.ts';
import { projectRoot } from '../support/designs.ts';

/** String literals of a source file: quoted and template strings, where messages are written. */
const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

describe('messages follow the grammar of their numbers', () => {
  it('knows a parenthesised plural when it sees one, and nothing else', () => {
    for (const bad of ['1 server(s)', '2 servidor(es)', 'activo(s)', 'inactiva(s)', 'centros(as)'])
      expect(bad).toMatch(PARENTHESISED_PLURAL);
    for (const fine of ['(s) => s.id', 'pchat(1).contoso.com', 'Server (SQL) store', 'servers (4 active)'])
      expect(fine).not.toMatch(PARENTHESISED_PLURAL);
  });

  it('no rule message, fix title, summary or catalogue entry has one, in any language', () => {
    const texts = [
      ...allRules.flatMap((r) => [
        ...Object.entries(r.messages).map(([key, t]) => ({ where: `${r.id} ${key}`, t })),
        { where: `${r.id} summary`, t: r.summary },
      ]),
      ...catalogueEntries.map((e) => ({ where: `${e.id} summary`, t: e.summary })),
    ];
    const offending = texts.flatMap(({ where, t }) =>
      locales.filter((l) => PARENTHESISED_PLURAL.test(t[l])).map((l) => `${where} (${l}): ${t[l]}`),
    );
    expect(offending).toEqual([]);
  });

  it('no string in shared/ has one, the simulation messages included', () => {
    const found: string[] = [];
    for (const file of sourceFiles(join(projectRoot, 'shared'))) {
      const rel = relative(projectRoot, file).split('\\').join('/');
      for (const [literal] of readFileSync(file, 'utf8').matchAll(LITERAL))
        if (PARENTHESISED_PLURAL.test(literal)) found.push(`${rel}: ${literal.slice(1, -1)}`);
    }
    expect(found).toEqual([]);
  });

  it('chooses the singular for exactly one, in both languages', () => {
    expect([0, 1, 2, 8].map(pluralForm)).toEqual(['other', 'one', 'other', 'other']);
    const forms = {
      one: { en: '1 data center', es: '1 centro de datos' },
      other: { en: 'data centers', es: 'centros de datos' },
    };
    expect(plural(1, forms).es).toBe('1 centro de datos');
    expect(plural(3, forms).en).toBe('data centers');
  });
});
