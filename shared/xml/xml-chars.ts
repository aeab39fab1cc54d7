/**
 * The characters XML 1.0 can carry (its Char production): tab, line feed, carriage return, and
 * everything from U+0020 up except U+FFFE, U+FFFF and unpaired surrogates. A design may hold the
 * others (a name pasted from a terminal, a lone surrogate read from a UTF-16 file), and written
 * raw they would make the whole file unreadable to Topology Builder and to our own import. So
 * every writer of XML passes its text through here: each such character becomes U+FFFD, which
 * says "a character was here" without breaking the file, and the caller is told how many.
 */
export const REPLACEMENT = '\uFFFD';

/** Where the next character XML cannot carry stands, from `from` on, or -1 when there is none. */
function nextNonXmlChar(value: string, from: number): number {
  for (let i = from; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (c === 0x9 || c === 0xa || c === 0xd || (c > 0xdfff && c !== 0xfffe && c !== 0xffff)) continue;
    return i;
  }
  return -1;
}

/** Where the first character XML cannot carry stands, or -1 when there is none. */
export function firstNonXmlChar(value: string): number {
  return nextNonXmlChar(value, 0);
}

/** Whether the text holds a character XML cannot carry. */
export function hasNonXmlChars(value: string): boolean {
  return nextNonXmlChar(value, 0) >= 0;
}

/** The text with every character XML cannot carry replaced, and how many were. */
export function toXmlChars(value: string): { text: string; replaced: number } {
  let at = nextNonXmlChar(value, 0);
  if (at < 0) return { text: value, replaced: 0 };
  let out = '';
  let from = 0;
  let replaced = 0;
  while (at >= 0) {
    out += value.slice(from, at) + REPLACEMENT;
    from = at + 1;
    replaced++;
    at = nextNonXmlChar(value, from);
  }
  return { text: out + value.slice(from), replaced };
}
