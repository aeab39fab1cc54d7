/**
 * Text for the XML reports the CLI writes (JUnit). Messages quote what is in the design, and a
 * design may hold characters XML 1.0 cannot carry at all (control characters, U+FFFE, U+FFFF,
 * lone surrogates): written raw they would make the whole report unreadable to the CI server,
 * so each is replaced by U+FFFD, which says "a character was here" without breaking the file.
 */
function xmlChars(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let ok: boolean;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      ok = next >= 0xdc00 && next <= 0xdfff;
      if (ok) {
        i++;
        continue;
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) ok = false;
    else ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c !== 0xfffe && c !== 0xffff);
    if (!ok) {
      out += `${value.slice(from, i)}\uFFFD`;
      from = i + 1;
    }
  }
  return from === 0 ? value : out + value.slice(from);
}

export function xmlText(value: string): string {
  return xmlChars(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
