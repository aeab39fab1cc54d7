/**
 * HTML for values a design supplies. Design names are hostile input: every value is escaped
 * as text, and characters XML cannot carry (control characters, lone surrogates) become U+FFFD,
 * so the report is well-formed XHTML as well as HTML and a name can never open an element.
 */
/* eslint-disable no-control-regex -- the marks and the characters XML refuses are control characters */

// Controls other than tab, line feed and carriage return, and surrogates without their pair.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an element's content or an attribute value. */
export function esc(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}

// Marks around a design value inside a sentence rendered elsewhere (the deploy checklist's
// rights), so that the sentence is escaped as a whole and the value still shows as code.
const OPEN = '\u0001';
const CLOSE = '\u0002';

/** A design value marked to show as code once `withCode` turns the sentence into HTML. */
export function markCode(value: string): string {
  return `${OPEN}${value.replace(/[\u0001\u0002]/g, '')}${CLOSE}`;
}

/** A sentence with `markCode` values: escaped, each marked value in a <code> element. */
export function withCode(sentence: string): string {
  return sentence
    .split(/(\u0001[^\u0001\u0002]*\u0002)/)
    .map((part) =>
      part.startsWith(OPEN) && part.endsWith(CLOSE)
        ? `<code>${esc(part.slice(1, -1))}</code>`
        : esc(part.replace(/[\u0001\u0002]/g, '')),
    )
    .join('');
}

/** A design value as code. */
export const code = (value: string): string => `<code>${esc(value)}</code>`;

/** A table whose headings are text and whose cells are HTML already. */
export function table(
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  className = '',
): string {
  const head = headings.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  const cls = className ? ` class="${className}"` : '';
  return `<table${cls}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}
