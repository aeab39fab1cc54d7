/** What `validate` found in each file it was given: the findings, or why the file could not be read. */
import type { Severity } from '../../shared/model/types.ts';
import type { FindingSummary } from '../../shared/rules/engine.ts';
import type { Finding } from '../../shared/rules/types.ts';

export interface CheckedFile {
  ok: true;
  path: string;
  findings: Finding[];
  summary: FindingSummary;
  /** The planner's name for an element (FQDN, server\instance, UNC path), by id. */
  label(id: string): string;
  /** The 1-based line of the file that best shows the element, when one can be found. */
  lineOf(id: string): number | undefined;
}

export interface UnreadableFile {
  ok: false;
  path: string;
  /** Already written for the planner: what is wrong and where. */
  error: string;
}

export type FileResult = CheckedFile | UnreadableFile;

/** Whether a finding of this severity fails the run at the --fail-on level (info never does). */
export function reachesFailOn(severity: Severity, failOn: Severity): boolean {
  return severity === 'error' || (failOn === 'warning' && severity === 'warning');
}
