import { afterEach, describe, expect, it } from 'vitest';
import { RuleContractError, setRuleContracts } from '../../shared/rules/contracts.ts';
import { validate } from '../../shared/rules/engine.ts';
import { defineRule } from '../../shared/rules/types.ts';
import { reference } from '../support/designs.ts';

const text = (en: string) => ({ en, es: en });

/** A rule that reports the key it is given, as a cast could make a real rule do. */
const reporting = (key: string, fixable: boolean, fix: boolean) =>
  defineRule({
    id: 'TEST-001',
    severity: 'warning',
    source: 'test',
    summary: text('A rule for the engine tests.'),
    fixable,
    messages: { known: text('Known message.'), title: text('Fix it') },
    check({ report }) {
      report({
        message: key as 'known',
        elements: [],
        fix: fix ? { title: 'title', apply: (d) => d } : undefined,
      });
    },
  });

describe('the rule contracts', () => {
  afterEach(() => setRuleContracts({ strict: true }));

  it('reject a message key that is not in the rule, in tests', () => {
    expect(() => validate(reference(), { rules: [reporting('unknown', false, false)] })).toThrow(
      RuleContractError,
    );
  });

  it('reject a fix from a rule that does not declare fixable, in tests', () => {
    expect(() => validate(reference(), { rules: [reporting('known', false, true)] })).toThrow(
      /does not declare fixable/,
    );
    expect(validate(reference(), { rules: [reporting('known', true, true)] })[0]?.fix?.title).toBe('Fix it');
  });

  it('outside tests, show the key and keep the finding', () => {
    setRuleContracts({ strict: false });
    const [f] = validate(reference(), { rules: [reporting('unknown', false, false)] });
    expect(f?.message).toBe('unknown');
    expect(f?.ruleId).toBe('TEST-001');
  });

  it('are type errors when a rule names a key it lacks or fixes without declaring it', () => {
    const rule = (fixable: boolean) =>
      defineRule({
        id: 'TEST-002',
        severity: 'info',
        source: 'test',
        summary: text('Types only.'),
        messages: { known: text('Known.') },
        check({ report }) {
          // @ts-expect-error: 'unknown' is not a key of this rule's messages.
          report({ message: 'unknown', elements: [] });
          // @ts-expect-error: the rule does not declare fixable, so it may not offer a fix.
          if (fixable) report({ message: 'known', elements: [], fix: { title: 'known', apply: (d) => d } });
        },
      });
    expect(rule(false).fixable).toBe(false);
  });
});
