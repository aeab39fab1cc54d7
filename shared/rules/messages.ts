/**
 * Message tables built from word tables: one message per entry, keyed `prefix.entry`. The keys
 * come back as template-literal types, so `report` still rejects a key no table produces.
 */
import type { Text } from '../i18n/text.ts';

export function messagesFor<P extends string, K extends string, W>(
  prefix: P,
  table: Readonly<Record<K, W>>,
  make: (words: W, key: K) => Text,
): Record<`${P}.${K}`, Text> {
  const out: Record<string, Text> = {};
  for (const key of Object.keys(table) as K[]) out[`${prefix}.${key}`] = make(table[key], key);
  return out as Record<`${P}.${K}`, Text>;
}
