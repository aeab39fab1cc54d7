import { render } from '../i18n/text.ts';
import type { Locale, Params, Text } from '../i18n/text.ts';

/**
 * A question the design cannot answer: a scenario naming something that is not there, or a
 * pool that cannot be chosen. The message is written for the planner, in both languages.
 */
export class ScenarioError extends Error {
  readonly text: Text;
  readonly params: Params;

  constructor(text: Text, params: Params = {}) {
    super(render(text, params, 'en'));
    this.name = 'ScenarioError';
    this.text = text;
    this.params = params;
  }

  messageIn(locale: Locale): string {
    return render(this.text, this.params, locale);
  }
}
