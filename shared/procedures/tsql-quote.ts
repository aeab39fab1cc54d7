/**
 * Quoting for values a design puts into T-SQL: identifiers in brackets, strings as N'…'
 * literals, comments stripped of line breaks. Static T-SQL only: no value is ever spliced
 * into dynamic SQL.
 */
import { oneLine } from './one-line.ts';

export function sqlIdentifier(name: string): string {
  return `[${name.replace(/]/g, ']]')}]`;
}

/**
 * An N'…' literal. Control characters and line separators are spliced in with NCHAR() rather
 * than written raw, so no value can put a line of its own (such as GO) into the file. Where
 * T-SQL accepts only a literal (RESTORE … FROM DISK) such a value is a syntax error: it fails
 * safely, and a path never holds one.
 */
export function sqlString(value: string): string {
  let out = "N'";
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) out += `' + NCHAR(${c}) + N'`;
    else out += ch === "'" ? "''" : ch;
  }
  return `${out}'`;
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
