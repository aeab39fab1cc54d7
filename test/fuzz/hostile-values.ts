/** Values a hostile or careless file may put in any text field, shared by the XML and the design mutations. */
import { hostile } from '../runbooks/hostile.ts';
import type { Random } from './random.ts';

const controls = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).filter(
  (c) => c !== '\t' && c !== '\n' && c !== '\r',
);

/** Characters XML 1.0 cannot carry, and a few that it can but that often break quoting. */
export const oddChars = [
  ...controls,
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '\u2028',
  '"',
  "'",
  '<',
  '&',
  ']]>',
  '-->',
];

export const variables = ['$SkypeFQDN', '$Site', '$(PWNED)', '${env:PATH}', '%PATH%', '$null'];

export function hostileText(rnd: Random): string {
  switch (rnd.int(8)) {
    case 0:
      return rnd.pick(Object.values(hostile));
    case 1:
      return `name${rnd.pick(oddChars)}x`;
    case 2:
      return rnd.pick(variables);
    case 3:
      return 'x'.repeat(rnd.pick([201, 1001, 5000, 70_000]));
    case 4:
      return rnd.pick([
        '',
        ' ',
        '-1',
        '0',
        '99999999999',
        'NaN',
        'true',
        'a..b',
        '.',
        '__proto__',
        'constructor',
      ]);
    case 5:
      return `${'label'.repeat(rnd.int(60))}.contoso.com`;
    case 6:
      return `${rnd.pick(oddChars)}${rnd.pick(Object.values(hostile))}${rnd.pick(oddChars)}`;
    default:
      return String.fromCharCode(...Array.from({ length: 1 + rnd.int(12) }, () => rnd.int(0x10000)));
  }
}
