/**
 * What the service depends on beyond the pool (its next hop, PC-018), the manager's summary,
 * every pool of a design, and the Markdown export. Expected values are written by hand from
 * pchat-rules.md and the reference design (see scenarios.test.ts for its layout).
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../shared/i18n/text.ts';
import { parseFailuresForDesign } from '../../shared/simulation/failures.ts';
import { serviceHeadline } from '../../shared/simulation/headline.ts';
import { outcomesMarkdown } from '../../shared/simulation/outcome-markdown.ts';
import { outcomeText } from '../../shared/simulation/outcome-text.ts';
import { simulateAll } from '../../shared/simulation/simulate.ts';
import { managerSummary } from '../../shared/simulation/summary.ts';
import { noFailures } from '../../shared/simulation/types.ts';
import type { SimulationOutcome } from '../../shared/simulation/types.ts';
import { lowBandwidth, reference } from '../support/designs.ts';
import { DALLAS_STEPS, run, servers, twoPools } from './support.ts';

const headlineIn = (o: SimulationOutcome, locale: 'en' | 'es' = 'en') => {
  const h = serviceHeadline(o);
  return { text: render(h.text, h.params, locale), ruleIds: h.ruleIds };
};

describe('the next hop (PC-018)', () => {
  it('losing Dallas loses fepool1, the only next hop: the service is down until it recovers or fails over, not "continues"', () => {
    const o = run(reference(), 'dc1');
    expect(o.serviceAvailable).toBe(false);
    expect(o.interruption).toBe('until-next-hop');
    expect(
      o.blockedBy.map((b) => [b.kind, b.condition, b.frontEndPoolId, b.frontEndPoolFqdn, b.ruleIds]),
    ).toEqual([['next-hop', 'lost', 'fe1', 'fepool1.contoso.com', ['PC-018']]]);
    expect(headlineIn(o)).toEqual({
      text: 'down until the Front End pool fepool1.contoso.com is recovered or fails over to its paired pool (Front End disaster recovery, outside the Persistent Chat procedures), and until the recovery steps below are done',
      ruleIds: ['PC-018'],
    });
    expect(o.ruleIds).toContain('PC-018');
    // The rest of the outcome is as the FO procedure gives it.
    expect(o.databaseServing).toBe('backup');
    expect(o.failover).toBe('manual');
    expect(o.concurrentUserCapacity).toBe(80_000);
    expect(o.dataLossWindowMinutes).toBe(30);
    expect(o.steps.map((s) => s.id)).toEqual(DALLAS_STEPS);
    // The headline and the list of losses no longer contradict each other.
    expect(o.lost.map((l) => l.key)).toContain('next-hop');
  });

  it('losing Houston keeps the service: the next hop and the primary store are in Dallas', () => {
    const o = run(reference(), 'dc2');
    expect(o.serviceAvailable).toBe(true);
    expect(o.interruption).toBe('none');
    expect(o.blockedBy).toEqual([]);
    expect(headlineIn(o).text).toBe('continues without interruption');
  });

  it('losing only fepool1 leaves the pool itself untouched but unreachable, with no Persistent Chat step', () => {
    const o = run(lowBandwidth(), 'fe:fepool1.contoso.com');
    expect(o.databaseServing).toBe('primary');
    expect(o.activeServers).toEqual(servers(1, 2, 3, 4));
    expect(o.steps).toEqual([]);
    expect(o.serviceAvailable).toBe(false);
    expect(o.immediately.serviceAvailable).toBe(false);
    expect(o.interruption).toBe('until-next-hop');
    expect(headlineIn(o).text).toBe(
      'down until the Front End pool fepool1.contoso.com is recovered or fails over to its paired pool (Front End disaster recovery, outside the Persistent Chat procedures)',
    );
    expect(headlineIn(o, 'es').text).toContain('detenido hasta que el grupo front-end fepool1.contoso.com');
  });

  it('losing fepool2, which is no next hop of the pool, changes nothing', () => {
    const o = run(reference(), 'fe:fepool2.contoso.com');
    expect(o.serviceAvailable).toBe(true);
    expect(o.blockedBy).toEqual([]);
  });
});

describe('the summary for a manager', () => {
  it('losing Dallas: down until the Front End pool is back and the failover is done; 80,000 users; 30 minutes', () => {
    const o = run(reference(), 'dc1');
    expect(managerSummary(o)).toBe(
      'Chat is down until the Front End pool fepool1.contoso.com, through which users reach it, is recovered or fails over to its paired pool, and an administrator has failed the pool over to the backup database. Once it is back it can serve 80,000 users at once, and up to 30 minutes of chat history may be lost.',
    );
    expect(managerSummary(o, 'es')).toBe(
      'El chat está detenido hasta que el grupo front-end fepool1.contoso.com, por el que los usuarios llegan a él, se recupere o conmute a su grupo emparejado, y un administrador haya conmutado el grupo a la base de datos de copia. Cuando vuelva podrá atender a 80.000 usuarios a la vez, y pueden perderse hasta 30 minutos del historial del chat.',
    );
  });

  it('losing the primary SQL Server: a pause of seconds, nothing lost', () => {
    expect(managerSummary(run(reference(), 'primary'))).toBe(
      'Chat stays up: it pauses for a few seconds while the database switches to its mirror on its own. It can serve 80,000 users at once, and no chat history is lost.',
    );
  });

  it('losing the primary and its witness: down until the administrator forces the failover', () => {
    expect(managerSummary(run(reference(), 'primary,witness'))).toBe(
      'Chat is down until an administrator has switched the database to its mirror. Once it is back it can serve 80,000 users at once, and no chat history is lost.',
    );
  });

  it('losing both data centers: down until equipment is repaired', () => {
    expect(managerSummary(run(reference(), 'dc1,dc2'))).toBe(
      'Chat is down until lost equipment is repaired: no copy of the chat database can serve.',
    );
  });

  it('is the first thing the CLI report says after its title', () => {
    const o = run(reference(), 'dc1');
    const lines = outcomeText(o).split('\n');
    expect(lines[2]).toBe(`Summary: ${managerSummary(o)}`);
    expect(outcomeText(o)).toMatch(
      /Service\s+down until the Front End pool fepool1\.contoso\.com .*\[PC-018\]/,
    );
  });
});

describe('every pool of the design', () => {
  it('nothing failed: both pools serve as designed', () => {
    const all = simulateAll(twoPools(), noFailures);
    expect(
      all.map((o) => [
        o.poolFqdn,
        o.databaseServing,
        o.activeServers,
        o.concurrentUserCapacity,
        o.interruption,
      ]),
    ).toEqual([
      ['pchatpool.contoso.com', 'primary', servers(1, 2), 40_000, 'none'],
      ['pchatpool2.contoso.com', 'primary', servers(5, 6), 40_000, 'none'],
    ]);
  });

  it('losing Houston: the Dallas pool keeps serving, the Houston pool stops with its database and next hop', () => {
    const d = twoPools();
    const [dallas, houston] = simulateAll(d, parseFailuresForDesign(d, ['dc2']));
    expect([dallas!.serviceAvailable, dallas!.interruption, dallas!.activeServers]).toEqual([
      true,
      'none',
      servers(1, 2),
    ]);
    expect([houston!.serviceAvailable, houston!.interruption, houston!.databaseServing]).toEqual([
      false,
      'until-repair',
      'none',
    ]);
    expect(houston!.blockedBy.map((b) => b.frontEndPoolFqdn)).toEqual(['fepool2.contoso.com']);
  });

  it('refuses a role word such as "witness" when it would name a different instance in each pool', () => {
    expect(() => parseFailuresForDesign(twoPools(), ['witness'])).toThrow(
      /"witness" names an instance of one pool, and the design has 2 Persistent Chat pools \(pchatpool\.contoso\.com, pchatpool2\.contoso\.com\); say which with --pool/,
    );
  });

  it('a design without a pool says so', () => {
    expect(() => simulateAll({ ...reference(), pools: [] }, noFailures)).toThrow(
      /has no Persistent Chat pool/,
    );
  });
});

describe('the Markdown export', () => {
  const d = twoPools();
  const doc = outcomesMarkdown(simulateAll(d, parseFailuresForDesign(d, ['dc1'])), 'en', 'Contoso');

  it('has one section per pool, each starting with its summary', () => {
    expect(
      doc.startsWith(
        '# What-if: loss of Dallas\n\nDesign: Contoso\n\n## Pool pchatpool.contoso.com\n\n**Summary:** Chat is down',
      ),
    ).toBe(true);
    expect(doc).toContain('## Pool pchatpool2.contoso.com\n\n**Summary:** Chat stays up.');
  });

  it('keeps design values as text, steps with their commands in code blocks, and the rule ids', () => {
    const one = outcomesMarkdown([run(reference(), 'dc1')], 'en');
    expect(one).toContain(
      '| Database | backup store sqlpc2.contoso.com\\\\PCHAT, failover manual, pool state FailedOver |',
    );
    expect(one).toContain('| Service | down until the Front End pool fepool1.contoso.com is recovered');
    expect(one).toMatch(
      /1\. \*\*FO-1\*\* \(to recover, FO step 1\): .*\n\n {3}````\n {3}EXEC master\.dbo\.sp_delete_log_shipping_secondary_database @secondary_database = N'mgc';\n {3}````/,
    );
    expect(one).toContain(
      "   Set-CsPersistentChatState -Identity 'service:pchatpool.contoso.com' -PoolState FailedOver",
    );
    expect(one).toMatch(/### Depends on\n\n- Persistent Chat traffic reaches pool .* \(PC-018\)/);
    expect(one).toMatch(/\nRules: PC-001, .*PC-018.*PC-070\n$/);
  });

  it('speaks Spanish when asked', () => {
    const es = outcomesMarkdown([run(reference(), 'dc1')], 'es');
    expect(es).toContain('# Qué pasaría si: pérdida de Dallas');
    expect(es).toContain('**Resumen:** El chat está detenido');
    expect(es).toContain('### Pasos');
  });
});
