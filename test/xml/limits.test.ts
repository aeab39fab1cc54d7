/**
 * Input a planner can produce never ends in "please report this": a topology beyond the design
 * format's limits is refused naming the element and the limit, ids read from long names always
 * fit, and a damaged sidecar comment is ignored with a note, as the docs promise.
 */
import { describe, expect, it } from 'vitest';
import { importTopology } from '../../shared/xml/import.ts';
import { loadExample } from '../support/designs.ts';
import { exported, imported, withoutSidecar } from './support.ts';

const withSidecar = exported(loadExample('reference-high-bandwidth')).text;
const plain = withoutSidecar(withSidecar);
const SITE = '<CentralSite SiteId="1">';

describe('topologies at the limits of the design format', () => {
  it('refuses a site name over 1,000 characters, naming the site and the limit', () => {
    const long = `Central${'x'.repeat(1500)}`;
    const result = importTopology(plain.replace('>Contoso-Central</Name>', `>${long}</Name>`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('beyond-limits');
    expect(result.error.message).toContain(
      `the name of ${long.slice(0, 60)}…: longer than the limit of 1,000 characters`,
    );
    expect(result.error.message).not.toMatch(/report this/i);
  });

  it('reads an id that fits from a 250-character DNS label', () => {
    const label = 'p'.repeat(250);
    const text = plain.replaceAll('pchatpool.contoso.com', `${label}.contoso.com`);
    const { document } = imported(text);
    const pool = document.design.pools[0]!;
    expect(pool.fqdn).toBe(`${label}.contoso.com`);
    expect(pool.id.length).toBeLessThanOrEqual(200);
  });

  it('imports a topology of 150 sites, one data center each', () => {
    const site = plain.slice(plain.indexOf(SITE), plain.indexOf('</CentralSite>') + '</CentralSite>'.length);
    const empty = (n: number) =>
      `<CentralSite SiteId="${n}"><Name xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">Site${n}</Name><Clusters /></CentralSite>`;
    const many = Array.from({ length: 149 }, (_, i) => empty(i + 2)).join('');
    const { document } = imported(plain.replace(site, site + many));
    expect(document.design.dataCenters).toHaveLength(150);
  });

  it('ignores a sidecar comment whose design repeats an id, with a note, and reads the XML instead', () => {
    const text = withSidecar.replace('"id": "pc2"', '"id": "pc1"').replace('"id":"pc2"', '"id":"pc1"');
    expect(text).not.toBe(withSidecar);
    const result = imported(text);
    expect(result.summary.sidecar).toBe('ignored');
    expect(result.summary.problems.join(' ')).toContain('its design repeats an id');
    expect(result.document.design.servers.map((s) => s.fqdn)).toContain('pchat2.contoso.com');
  });
});
