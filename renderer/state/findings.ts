/**
 * The findings of the current design and what they implicate, computed once per design value
 * and shared by the findings panel, the badges and the toolbar. A design is immutable, so a
 * cache keyed by identity is never stale, and moving a box (which leaves the design alone) never
 * runs the rules.
 */
import { derived } from '../../shared/model/derived.ts';
import type { Design, Severity } from '../../shared/model/types.ts';
import type { Locale } from '../../shared/i18n/text.ts';
import { summarize, validate } from '../../shared/rules/engine.ts';
import type { FindingSummary } from '../../shared/rules/engine.ts';
import type { Finding } from '../../shared/rules/types.ts';

export interface Badge {
  severity: Severity;
  count: number;
}

export interface FindingsView {
  findings: readonly Finding[];
  summary: FindingSummary;
  /** Worst severity and number of findings for each element a finding names. */
  badges: ReadonlyMap<string, Badge>;
  /** Findings that name both `a` and `b`, for the badge of the line between them. */
  linking(a: string, b: string): Badge | null;
  /** The findings that name one element, in the panel's order. */
  naming(id: string): readonly Finding[];
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const worse = (a: Severity, b: Severity) => (rank[a] <= rank[b] ? a : b);

let runs = 0;
/** How many times the rules have run; tests use it to prove that layout edits do not run them. */
export function validationRuns(): number {
  return runs;
}

function buildView(findings: readonly Finding[]): FindingsView {
  const badges = new Map<string, Badge>();
  const byElement = new Map<string, number[]>();
  findings.forEach((f, i) => {
    for (const id of new Set(f.elements)) {
      const b = badges.get(id);
      badges.set(
        id,
        b
          ? { severity: worse(b.severity, f.severity), count: b.count + 1 }
          : { severity: f.severity, count: 1 },
      );
      const list = byElement.get(id);
      if (list) list.push(i);
      else byElement.set(id, [i]);
    }
  });
  return {
    findings,
    summary: summarize(findings),
    badges,
    naming(id) {
      return (byElement.get(id) ?? []).map((i) => findings[i]!);
    },
    linking(a, b) {
      const left = byElement.get(a);
      const right = byElement.get(b);
      if (!left || !right) return null;
      const shared = new Set(right);
      let badge: Badge | null = null;
      for (const i of left) {
        if (!shared.has(i)) continue;
        const severity = findings[i]!.severity;
        badge = badge
          ? { severity: worse(badge.severity, severity), count: badge.count + 1 }
          : { severity, count: 1 };
      }
      return badge;
    },
  };
}

/** Per design, the views already built in each language. */
const viewsOf = derived((_design: Design): Partial<Record<Locale, FindingsView>> => ({}));

export function findingsFor(design: Design, locale: Locale): FindingsView {
  const perLocale = viewsOf(design);
  let view = perLocale[locale];
  if (!view) {
    runs++;
    view = buildView(validate(design, { locale }));
    perLocale[locale] = view;
  }
  return view;
}
