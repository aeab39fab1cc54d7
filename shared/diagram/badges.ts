/**
 * The badge each element and line carries: the worst severity of the findings that name it,
 * and how many there are. The same counting as the canvas (renderer/state/findings.ts), which
 * keeps it inside its cached findings view; the picture has no such cache and counts once.
 */
import type { Severity } from '../model/types.ts';
import type { Finding } from '../rules/types.ts';

export interface Badge {
  severity: Severity;
  count: number;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function counted(badge: Badge | undefined, severity: Severity): Badge {
  if (!badge) return { severity, count: 1 };
  return {
    severity: rank[severity] < rank[badge.severity] ? severity : badge.severity,
    count: badge.count + 1,
  };
}

export function badgesOf(findings: readonly Finding[]): Map<string, Badge> {
  const badges = new Map<string, Badge>();
  for (const f of findings)
    for (const id of new Set(f.elements)) badges.set(id, counted(badges.get(id), f.severity));
  return badges;
}

/** A line's badge: the findings that name both of its ends. */
export function linkingBadge(findings: readonly Finding[], a: string, b: string): Badge | null {
  let badge: Badge | undefined;
  for (const f of findings)
    if (f.elements.includes(a) && f.elements.includes(b)) badge = counted(badge, f.severity);
  return badge ?? null;
}
