/**
 * Messages whose grammar follows a number ("1 data center", "2 data centers"; "El servidor …
 * está", "Los servidores … están"). A message comes in two whole forms rather than a "(s)"
 * suffix, because in Spanish the article, the adjective and the verb change with the noun.
 */
import type { Text } from './text.ts';

export type PluralForm = 'one' | 'other';

/** The two forms of one message; `one` is used for exactly 1, `other` for every other count. */
export interface Plural {
  one: Text;
  other: Text;
}

/** English and Spanish both use the singular for 1 alone (0 servers, 0 servidores). */
export function pluralForm(count: number): PluralForm {
  return count === 1 ? 'one' : 'other';
}

/** Picks the form for `count`, for Text built outside a rule's message table. */
export function plural(count: number, forms: Plural): Text {
  return forms[pluralForm(count)];
}

/** A parenthesised plural ending, as in server, servidor or activo followed by s or es in brackets: never in a message. */
export const PARENTHESISED_PLURAL = /\p{L}\((?:s|es|a|o|as|os)\)/u;
