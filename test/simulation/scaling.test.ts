/**
 * No quadratic path in the what-if: ten times the servers, or ten times the failures named,
 * take at most about fifteen times as long. Times are compared in one process, in turn, as a
 * ratio of best times (test/support/timing.ts), so noise does not count while a quadratic pass cannot hide.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model/types.ts';
import { parseFailuresForDesign, simulate } from '../../shared/simulation/index.ts';
import { bestRatio } from '../support/timing.ts';
import { withServers } from '../support/scale.ts';

describe('the what-if grows linearly', { timeout: 120_000 }, () => {
  it('simulates ten times the servers in at most about fifteen times as long', () => {
    const small = withServers(2_000);
    const large = withServers(20_000);
    const lose = (d: Design) => () => simulate(d, { elementIds: ['dc2'], link: false });
    expect(simulate(large, { elementIds: ['dc2'], link: false }).servers).toHaveLength(20_008);
    expect(bestRatio(lose(large), lose(small))).toBeLessThan(15);
  });

  it('reads ten times the failed servers named by FQDN in at most about fifteen times as long', () => {
    const small = withServers(1_000);
    const large = withServers(10_000);
    const tokens = (d: Design) => d.servers.slice(8).map((s) => `server:${s.fqdn}`);
    const smallTokens = tokens(small);
    const largeTokens = tokens(large);
    expect(parseFailuresForDesign(large, largeTokens).elementIds).toHaveLength(10_000);
    expect(
      bestRatio(
        () => parseFailuresForDesign(large, largeTokens),
        () => parseFailuresForDesign(small, smallTokens),
      ),
    ).toBeLessThan(15);
  });
});
