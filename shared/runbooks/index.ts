/**
 * Runbooks made for one design: the failover and failback procedures as Markdown, PowerShell
 * and T-SQL, and the deployment checklist as Markdown. Pure: returns file names and contents;
 * writing them is the caller's job.
 */
import type { Locale } from '../i18n/text.ts';
import type { Design } from '../model/types.ts';
import { selectPool } from '../simulation/pool.ts';
import { deployChecklist } from './deploy.ts';
import type { RunbookKind } from './document.ts';
import { failbackRunbook } from './failback.ts';
import { failoverRunbook } from './failover.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderPowerShell } from './render-powershell.ts';
import { renderSql } from './render-sql.ts';

export type { RunbookKind } from './document.ts';
export const runbookKinds: readonly RunbookKind[] = ['failover', 'failback', 'deploy'];

export interface RunbookFile {
  name: string;
  content: string;
  /**
   * Windows PowerShell 5.1 and SSMS read a file without a byte-order mark in the ANSI code
   * page, which garbles anything beyond ASCII (Spanish text, names in the design): .ps1 and
   * .sql files are written with one.
   */
  byteOrderMark: boolean;
}

export interface RunbookOptions {
  /** Id or FQDN of the pool; may be left out when the design has exactly one. */
  pool?: string | null;
  locale?: Locale;
}

/** Throws ScenarioError when the pool cannot be chosen or the design has no such procedure. */
export function buildRunbook(design: Design, kind: RunbookKind, options: RunbookOptions = {}): RunbookFile[] {
  const locale = options.locale ?? 'en';
  const pool = selectPool(design, options.pool);
  if (kind === 'deploy') {
    return [{ name: 'deploy.md', content: deployChecklist(design, pool, locale), byteOrderMark: false }];
  }
  const doc = kind === 'failover' ? failoverRunbook(design, pool) : failbackRunbook(design, pool);
  return [
    { name: `${kind}.md`, content: renderMarkdown(doc, locale, kind), byteOrderMark: false },
    { name: `${kind}.ps1`, content: renderPowerShell(doc, locale, kind), byteOrderMark: true },
    { name: `${kind}.sql`, content: renderSql(doc, locale), byteOrderMark: true },
  ];
}
