/**
 * Markdown for values a design supplies. A value is shown as code (never as Markdown or HTML),
 * in a code span long enough that no backtick inside can close it; free text is escaped.
 */
import { oneLine } from '../procedures/one-line.ts';

function longestRun(value: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of value) {
    run = c === ch ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** `value` as an inline code span. */
export function mdCode(value: string): string {
  const flat = oneLine(value);
  if (flat === '') return '` `';
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A code span for a table cell: GFM splits cells at `|` even inside code, unless escaped. */
export function mdCell(value: string): string {
  return mdCode(value).replace(/\|/g, '\\|');
}

/** Free text: every character Markdown or HTML could read as markup is backslash-escaped. */
export function mdText(value: string): string {
  return oneLine(value).replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, '\\$&');
}

/** A fenced code block whose fence is longer than any run of backticks in the code. */
export function mdBlock(language: string, code: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
  return `${fence}${language}\n${code}\n${fence}`;
}
