/** The inspector can say, in every language, whatever the model's field checks answer. */
import { describe, expect, test } from 'vitest';
import type { ValueProblem } from '../../shared/model/values.ts';
import {
  fqdnProblem,
  instanceNameProblem,
  minutesProblem,
  portProblem,
  shareNameProblem,
} from '../../shared/model/values.ts';
import { problemText } from '../../renderer/i18n/value-problems.ts';
import { en } from '../../renderer/i18n/en.ts';
import { es } from '../../renderer/i18n/es.ts';

const samples = [
  ...[
    '',
    ' a.b',
    'x'.repeat(254) + '.com',
    '$Fqdn.contoso.com',
    'server',
    'bad_label.contoso.com',
    '10.0.0.1',
  ].map(fqdnProblem),
  ...[1.5, 0, 70000].map(portProblem),
  ...['x'.repeat(17), '1abc', 'DEFAULT'].map(instanceNameProblem),
  ...['', 'a\\b', 'a*b'].map(shareNameProblem),
  ...[Number.NaN, -1, 20000].map(minutesProblem),
];

describe('value problems', () => {
  test('every problem the field checks can give has its own entry in both languages', () => {
    const problems = samples.filter((p): p is ValueProblem => p !== null);
    expect(problems).toHaveLength(samples.length);
    for (const p of problems) {
      const text = problemText(p);
      const leaf = text.key.split('.')[1] as keyof typeof en.problems;
      expect(en.problems[leaf], p.code).toBeDefined();
      expect(es.problems[leaf as keyof typeof es.problems], p.code).toBeDefined();
    }
  });

  test('an invalid label keeps the label it names', () => {
    expect(problemText(fqdnProblem('pchat 1.contoso.com')!)).toEqual({
      key: 'problems.invalidLabel',
      params: { label: 'pchat 1' },
    });
  });
});
