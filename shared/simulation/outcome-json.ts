/**
 * The JSON form of an outcome, for scripts: the documented fields first and in a fixed order,
 * every message rendered in one language. Keep it stable; the CLI prints it as it is.
 */
import { render } from '../i18n/text.ts';
import type { Locale } from '../i18n/text.ts';
import type { Conclusion, SimulationOutcome } from './types.ts';

function rendered(c: Conclusion, locale: Locale) {
  return {
    key: c.key,
    message: render(c.text, c.params, locale),
    ruleIds: c.ruleIds,
    elements: c.elementIds,
  };
}

export function outcomeJson(o: SimulationOutcome, locale: Locale = 'en') {
  return {
    databaseServing: o.databaseServing,
    failover: o.failover,
    activeServers: o.activeServers,
    concurrentUserCapacity: o.concurrentUserCapacity,
    dataLossWindowMinutes: o.dataLossWindowMinutes,
    serviceAvailable: o.serviceAvailable,
    steps: o.steps.map((s) => ({
      id: s.id,
      phase: s.phase,
      source: s.source,
      ruleIds: s.ruleIds,
      message: render(s.text, s.params, locale),
      command: s.command,
    })),
    pool: o.poolFqdn,
    failed: o.failed.map((f) => ({ id: f.id, kind: f.kind, name: f.label })),
    linkDown: o.linkDown,
    database: o.database,
    poolState: o.poolState,
    interruption: o.interruption,
    blockedBy: o.blockedBy.map((b) => ({
      kind: b.kind,
      condition: b.condition,
      frontEnd: b.frontEndPoolFqdn,
      frontEndId: b.frontEndPoolId,
      ...rendered(b, locale),
    })),
    immediately: o.immediately,
    eligibleServers: o.eligibleServers,
    expectedConcurrentUsers: o.expectedConcurrentUsers,
    servers: o.servers,
    compliance: o.compliance,
    logShipping: o.logShipping,
    automaticFailoverAvailable: o.automaticFailoverAvailable,
    lost: o.lost.map((l) => ({ kind: l.kind, ...rendered(l, locale) })),
    conclusions: o.conclusions.map((c) => rendered(c, locale)),
    ruleIds: o.ruleIds,
  };
}
