/**
 * A value flattened onto one line: control characters (line breaks above all) and the Unicode
 * line and paragraph separators become spaces. Comments in every generated language end at a
 * line break, so a value that keeps one could start a line of code.
 */
export function oneLine(value: string): string {
  let out = '';
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    out += c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 ? ' ' : ch;
  }
  return out;
}
