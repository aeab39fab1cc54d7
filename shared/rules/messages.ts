/**
 * Message tables built from word tables: one message per entry, keyed `prefix.entry`. The keys
 * come back as template-literal types, so `report` still rejects a key no table produces.
 */
import type { Text } from '../i18n/text.ts';
import { pluralForm } from '../i18n/plural.ts';
import type { Plural, PluralForm } from '../i18n/plural.ts';

export function messagesFor<P extends string, K extends string, W>(
  prefix: P,
  table: Readonly<Record<K, W>>,
  make: (words: W, key: K) => Text,
): Record<`${P}.${K}`, Text> {
  const out: Record<string, Text> = {};
  for (const key of Object.keys(table) as K[]) out[`${prefix}.${key}`] = make(table[key], key);
  return out as Record<`${P}.${K}`, Text>;
}

/** A message in its two number forms, keyed `key.one` and `key.other`; see `pluralKey`. */
export function pluralMessages<K extends string>(key: K, forms: Plural): Record<`${K}.${PluralForm}`, Text> {
  return { [`${key}.one`]: forms.one, [`${key}.other`]: forms.other } as Record<`${K}.${PluralForm}`, Text>;
}

/** The key of the form of `key` that fits `count`, as `pluralMessages` defined it. */
export function pluralKey<K extends string>(key: K, count: number): `${K}.${PluralForm}` {
  return `${key}.${pluralForm(count)}`;
}
