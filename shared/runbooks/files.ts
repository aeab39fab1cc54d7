/**
 * The runbooks of a design for Export Runbook: the failover and failback procedures
 * (Markdown, PowerShell, T-SQL) and the deployment checklist of every Persistent Chat pool,
 * made by shared/runbooks. A procedure the design cannot support (no backup store, say) is
 * left out and its reason, in the planner's language, is returned alongside; nothing throws.
 */
import type { Locale } from '../i18n/text.ts';
import { render } from '../i18n/text.ts';
import type { Design } from '../model/types.ts';
import { buildRunbook, runbookKinds } from './index.ts';
import { ScenarioError } from '../simulation/errors.ts';

export interface RunbookOutput {
  files: { name: string; text: string }[];
  /** Why a procedure is missing, one line each. */
  skipped: string[];
}

/** PowerShell 5.1 and SSMS need the BOM to read UTF-8; shared/runbooks says which files want it. */
const BOM = '\uFEFF';

function filePrefix(fqdn: string, id: string): string {
  const base = (fqdn || id).replace(/[^\w.-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '');
  return `${base || 'pool'}-`;
}

export function runbookFiles(design: Design, locale: Locale): RunbookOutput {
  const files: RunbookOutput['files'] = [];
  const skipped: string[] = [];
  if (design.pools.length === 0) {
    try {
      buildRunbook(design, 'deploy', { locale });
    } catch (err) {
      if (!(err instanceof ScenarioError)) throw err;
      skipped.push(render(err.text, err.params, locale));
    }
    return { files, skipped };
  }
  for (const pool of design.pools) {
    // One pool keeps the plain names (failover.md …); several are told apart by their FQDN.
    const prefix = design.pools.length > 1 ? filePrefix(pool.fqdn, pool.id) : '';
    for (const kind of runbookKinds) {
      try {
        for (const f of buildRunbook(design, kind, { pool: pool.id, locale })) {
          files.push({ name: `${prefix}${f.name}`, text: (f.byteOrderMark ? BOM : '') + f.content });
        }
      } catch (err) {
        // A half-finished design must never break the export: whatever goes wrong is reported.
        skipped.push(
          err instanceof ScenarioError
            ? render(err.text, err.params, locale)
            : `${prefix}${kind}: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    }
  }
  return { files, skipped };
}
