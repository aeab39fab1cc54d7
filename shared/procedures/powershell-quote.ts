/**
 * Quoting for values a design puts into PowerShell. A design file may come from anyone, so
 * every value is a single-quoted literal (no expansion of $, ` or subexpressions) and nothing
 * from a design ever reaches code or a comment unescaped.
 */
import { oneLine } from './one-line.ts';

/**
 * PowerShell ends a single-quoted string at the ASCII apostrophe and also at the typographic
 * single quotes U+2018 to U+201B; any of them doubled stands for itself. Doubling each one
 * keeps the value byte for byte and leaves no way out of the literal.
 */
const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

export function psString(value: string): string {
  return `'${value.replace(SINGLE_QUOTES, (q) => q + q)}'`;
}

/** `@('a', 'b')`: an array of literals. */
export function psArray(values: readonly string[]): string {
  return `@(${values.map(psString).join(', ')})`;
}

/**
 * Text for a `#` comment or a Write-Host line: line breaks (which would end the comment and
 * start code) and other control characters become spaces. `#>` cannot close anything because
 * the scripts use no block comments.
 */
export function psCommentText(value: string): string {
  return oneLine(value);
}

export function psComment(value: string): string {
  return `# ${psCommentText(value)}`.trimEnd();
}
