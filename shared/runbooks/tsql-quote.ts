/**
 * Quoting for values a design puts into T-SQL: identifiers in brackets, strings as N'…'
 * literals, comments stripped of line breaks. Static T-SQL only: no value is ever spliced
 * into dynamic SQL.
 */
import { oneLine } from './one-line.ts';

export function sqlIdentifier(name: string): string {
  return `[${name.replace(/]/g, ']]')}]`;
}

export function sqlString(value: string): string {
  return `N'${value.replace(/'/g, "''")}'`;
}

/**
 * A `--` comment ends at a line break; any break in the value would turn the rest into code.
 * `/*` and `*\/` are split too, because the batch splitter of SSMS and sqlcmd tracks block
 * comments when it looks for GO.
 */
export function sqlComment(value: string): string {
  const flat = oneLine(value).replace(/\/\*|\*\//g, (m) => `${m[0]} ${m[1]}`);
  return `-- ${flat}`.trimEnd();
}
