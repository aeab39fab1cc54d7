/**
 * A design file may come from anyone. Every name in it that reaches a runbook must stay data:
 * in PowerShell a single-quoted literal (typographic quotes included) or a comment that cannot
 * end early; in T-SQL an N'…' literal or a [bracketed] name; in Markdown a code span. The
 * payloads all carry the word PWNED, which must never appear in code.
 */
import { describe, expect, it } from 'vitest';
import { buildRunbook } from '../../shared/runbooks/index.ts';
import type { RunbookKind } from '../../shared/runbooks/index.ts';
import { reference } from '../support/designs.ts';
import { hostile, hostileDesign } from './hostile.ts';
import { lexPowerShell, lexTsql, markdownOutsideCode } from './lexers.ts';

const kinds: RunbookKind[] = ['failover', 'failback', 'deploy'];

function generated(kind: RunbookKind, ext: string): string {
  const f = buildRunbook(hostileDesign(), kind).find((x) => x.name.endsWith(`.${ext}`));
  if (!f) throw new Error(`no .${ext} for ${kind}`);
  return f.content;
}

const goLines = (sql: string) => sql.split('\n').filter((l) => /^\s*go\s*$/i.test(l)).length;

describe('hostile names in the design', () => {
  for (const kind of ['failover', 'failback'] as const) {
    it(`${kind}.ps1: no payload reaches code, and the values survive intact as literals`, () => {
      const ps = generated(kind, 'ps1');
      const lexed = lexPowerShell(ps);
      expect(lexed.code).not.toMatch(/PWNED/i);
      for (const c of lexed.comments) expect(c).not.toMatch(/[\r\n]/);
      expect(lexed.literals).toContain(hostile.pool);
      if (kind === 'failover') {
        expect(lexed.literals).toContain(hostile.backupServer);
        expect(lexed.literals).toContain(hostile.backupInstance);
        expect(lexed.literals).toContain(`\\\\sqlpc2.contoso.com\\${hostile.copyShare}`);
      }
    });

    it(`${kind}.sql: no payload reaches code, and no value adds a GO line`, () => {
      const sql = generated(kind, 'sql');
      const lexed = lexTsql(sql);
      expect(lexed.code).not.toMatch(/PWNED/i);
      for (const c of lexed.comments) expect(c).not.toMatch(/[\r\n]/);
      const clean = buildRunbook(reference(), kind).find((x) => x.name.endsWith('.sql'))!.content;
      expect(goLines(sql)).toBe(goLines(clean));
      expect(sql.split('\n')).toHaveLength(clean.split('\n').length);
    });
  }

  it('failover.sql: a value with a quote or a line break stays one N literal, spliced with NCHAR', () => {
    const sql = generated('failover', 'sql');
    expect(sql).toContain(
      "DECLARE @folder nvarchar(4000) = N'\\\\sqlpc2.contoso.com\\copy''$(PWNED)`\"' + NCHAR(10) + N'-- ' + NCHAR(10) + N'GO' + NCHAR(10) + N'EXEC PWNED /*';",
    );
  });

  for (const kind of kinds) {
    it(`${kind}.md: names are code, never Markdown or HTML`, () => {
      const text = markdownOutsideCode(generated(kind, 'md'));
      expect(text).not.toMatch(/PWNED/i);
      expect(text).not.toMatch(/<script|<img|<b>/i);
    });
  }

  it('keeps a Markdown table whole when a name holds a | (deploy.md)', () => {
    const row = generated('deploy', 'md')
      .split('\n')
      .find((l) => l.includes('mir'))!;
    // Five columns: six unescaped pipes.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });
});
