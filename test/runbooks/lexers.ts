/**
 * Just enough of the PowerShell, T-SQL and Markdown grammars to tell code from string
 * literals and comments, so a test can prove that a hostile value in a design never becomes
 * code. Written from the languages' rules, independent of the code that quotes.
 */

export interface Lexed {
  /** Everything outside literals and comments, with each literal replaced by a space. */
  code: string;
  /** The decoded value of every string literal. */
  literals: string[];
  comments: string[];
}

const PS_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);
const PS_DQUOTES = new Set(['"', '\u201C', '\u201D', '\u201E']);

export function lexPowerShell(src: string): Lexed {
  const out: Lexed = { code: '', literals: [], comments: [] };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '#') {
      const end = src.slice(i).search(/[\r\n]/);
      const stop = end < 0 ? src.length : i + end;
      out.comments.push(src.slice(i + 1, stop));
      i = stop;
    } else if (PS_QUOTES.has(c)) {
      let value = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error('unterminated single-quoted string');
        const d = src[i]!;
        if (PS_QUOTES.has(d)) {
          if (PS_QUOTES.has(src[i + 1] ?? '')) {
            value += d;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += d;
        i++;
      }
      out.literals.push(value);
      out.code += ' ';
    } else if (PS_DQUOTES.has(c)) {
      // Expandable strings: the generated scripts must not put design values in them, so the
      // whole string counts as code (a $(…) inside would run).
      let j = i + 1;
      while (j < src.length && !PS_DQUOTES.has(src[j]!)) j += src[j] === '`' ? 2 : 1;
      out.code += src.slice(i, j + 1);
      i = j + 1;
    } else {
      out.code += c;
      i++;
    }
  }
  return out;
}

export function lexTsql(src: string): Lexed {
  const out: Lexed = { code: '', literals: [], comments: [] };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === '-' && next === '-') {
      const end = src.slice(i).search(/[\r\n]/);
      const stop = end < 0 ? src.length : i + end;
      out.comments.push(src.slice(i + 2, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      // T-SQL block comments nest.
      let depth = 0;
      const start = i;
      do {
        if (src.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (src.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else i++;
      } while (depth > 0 && i < src.length);
      out.comments.push(src.slice(start, i));
    } else if (c === "'" || ((c === 'N' || c === 'n') && next === "'" && !/\w/.test(src[i - 1] ?? ''))) {
      i += c === "'" ? 1 : 2;
      let value = '';
      for (;;) {
        if (i >= src.length) throw new Error('unterminated string literal');
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += src[i];
        i++;
      }
      out.literals.push(value);
      out.code += ' ';
    } else if (c === '[') {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= src.length) throw new Error('unterminated [identifier]');
        if (src[j] === ']') {
          if (src[j + 1] === ']') {
            value += ']';
            j += 2;
            continue;
          }
          break;
        }
        value += src[j];
        j++;
      }
      out.literals.push(value);
      out.code += '[x]';
      i = j + 1;
    } else {
      out.code += c;
      i++;
    }
  }
  return out;
}

/** Markdown with code spans and fenced blocks removed (CommonMark's matching-backtick-run rule). */
export function markdownOutsideCode(src: string): string {
  let text = '';
  const lines = src.split('\n');
  let fence: string | null = null;
  for (const line of lines) {
    const open = /^(`{3,})/.exec(line);
    if (fence) {
      if (open && open[1]!.length >= fence.length && line.trim() === open[1]) fence = null;
      continue;
    }
    if (open) {
      fence = open[1]!;
      continue;
    }
    text += `${stripSpans(line)}\n`;
  }
  return text;
}

function stripSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\' && line[i + 1] === '`') {
      out += '\\`';
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      out += line[i];
      i++;
      continue;
    }
    let n = 0;
    while (line[i + n] === '`') n++;
    const run = '`'.repeat(n);
    let j = i + n;
    let close = -1;
    while (j < line.length) {
      const k = line.indexOf(run, j);
      if (k < 0) break;
      if (line[k + n] !== '`' && line[k - 1] !== '`') {
        close = k;
        break;
      }
      j = k + 1;
      while (line[j] === '`') j++;
    }
    if (close < 0) {
      out += run;
      i += n;
    } else {
      out += ' ';
      i = close + n;
    }
  }
  return out;
}
