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

/**
 * A line's badge: the findings that name both of its ends. The findings are filed by element
 * once, so each line looks only at the findings of its source instead of all of them.
 */
export function linkingBadges(findings: readonly Finding[]): (a: string, b: string) => Badge | null {
  const naming = new Map<string, { severity: Severity; elements: ReadonlySet<string> }[]>();
  for (const f of findings) {
    const elements = new Set(f.elements);
    for (const id of elements) {
      const list = naming.get(id);
      if (list) list.push({ severity: f.severity, elements });
      else naming.set(id, [{ severity: f.severity, elements }]);
    }
  }
  return (a, b) => {
    let badge: Badge | undefined;
    for (const f of naming.get(a) ?? []) if (f.elements.has(b)) badge = counted(badge, f.severity);
    return badge ?? null;
  };
}
