/**
 * What the rules would say about a line before it is dropped. The model allows whatever it can
 * hold (renderer/model/connections.ts) and leaves right and wrong to the rules, so a line the
 * model accepts can still make the design wrong, such as a mirror in the other data center. The
 * preview validates the design the line would make and shows the errors it would add that
 * involve either end of the line, in the planner's language, instead of a plain "allowed".
 */
import type { Locale } from '../../shared/i18n/text.ts';
import type { Design } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import type { Finding } from '../../shared/rules/types.ts';
import { findingsFor } from '../state/findings.ts';
import { applyConnection } from './connections.ts';
import type { ConnectionIntent } from './connections.ts';

const key = (f: Finding) => `${f.ruleId}\u0000${f.message}`;

/** The errors `intent` would add to `design` that name `fromId` or `toId`; none when it adds none. */
export function errorsOfConnection(
  design: Design,
  intent: ConnectionIntent,
  ends: { fromId: string; toId: string },
  locale: Locale,
): Finding[] {
  // An error already there before the line is not the line's doing; counted, as a rule may repeat one.
  const before = new Map<string, number>();
  for (const f of findingsFor(design, locale).findings) {
    if (f.severity === 'error') before.set(key(f), (before.get(key(f)) ?? 0) + 1);
  }
  const added: Finding[] = [];
  for (const f of validate(applyConnection(design, intent), { locale })) {
    if (f.severity !== 'error') continue;
    const left = before.get(key(f)) ?? 0;
    if (left > 0) {
      before.set(key(f), left - 1);
      continue;
    }
    if (f.elements.includes(ends.fromId) || f.elements.includes(ends.toId)) added.push(f);
  }
  return added;
}
