/**
 * A runbook as data: the steps of one documented procedure filled in for one design. The
 * Markdown, PowerShell and T-SQL renderers each take what concerns them.
 */
import type { Params, Text } from '../i18n/text.ts';
import type { SqlName } from './names.ts';

export type RunbookKind = 'failover' | 'failback' | 'deploy';

export interface PowerShellAction {
  /** What the step acts on, for the confirmation prompt. */
  target: string;
  /** The command with this design's values, for people to read and paste. */
  command: string;
  /** The same command in the script, reading the script's parameters. */
  script: string;
}

export interface RunbookStep {
  id: string;
  source: string;
  ruleIds: readonly string[];
  title: Text;
  /** Paragraphs for people; rendered with the document's params. */
  details: readonly Text[];
  /** T-SQL to run on one instance: goes to the .sql file, and is shown in the Markdown. */
  sql?: { instance: SqlName; code: string };
  /** A cmdlet that changes state: the script asks before running it. */
  powershell?: PowerShellAction;
  /** Done in SSMS or by hand: the script shows what to do and waits. */
  manual?: boolean;
  /** Not in the documented procedure; offered for a gap the documentation leaves. */
  optional?: boolean;
}

export interface ScriptParameter {
  name: string;
  value: string | readonly string[];
  help: Text;
}

export interface RunbookDocument {
  kind: Exclude<RunbookKind, 'deploy'>;
  title: Text;
  /** Values for every Text of the document: FQDNs, instances, UNC paths, figures. */
  params: Params;
  intro: readonly Text[];
  preconditions: readonly Text[];
  values: readonly { label: Text; value: string }[];
  scriptParameters: readonly ScriptParameter[];
  steps: readonly RunbookStep[];
  notes: readonly Text[];
}
