import { describe, expect, it } from 'vitest';
import { LoadError, loadDesign, restoreDesign, serializeDesign } from '../../shared/model/load.ts';
import { loadExample } from '../support/designs.ts';

function loadError(text: string): LoadError {
  try {
    loadDesign(text);
  } catch (err) {
    if (err instanceof LoadError) return err;
    throw err;
  }
  throw new Error('expected the design to be refused');
}

const reference = () =>
  JSON.parse(serializeDesign(loadExample('reference-high-bandwidth'))) as Record<string, any>;

describe('loading a .pctopo design', () => {
  it('round-trips the reference example through save and load unchanged', () => {
    const doc = loadExample('reference-high-bandwidth');
    expect(loadDesign(serializeDesign(doc))).toEqual(doc);
  });

  it('accepts a UTF-8 byte-order mark, as Windows editors write it', () => {
    const text = serializeDesign(loadExample('low-bandwidth'));
    expect(loadDesign(`\uFEFF${text}`).design.name).toContain('low bandwidth');
  });

  it('fills defaults for optional fields a minimal design leaves out', () => {
    const doc = restoreDesign({
      formatVersion: 1,
      design: { dataCenters: [], link: { latencyMs: 1, bandwidthMbps: 1000, class: 'high-bandwidth' } },
    });
    expect(doc.design.pools).toEqual([]);
    expect(doc.design.settings.lowLatencyMaxMs).toBe(20);
    expect(doc.layout.nodes).toEqual({});
  });

  it('names the JSON path and the expected values of a wrong type', () => {
    const raw = reference();
    raw.design.servers[3].state = 'standby';
    const err = loadError(JSON.stringify(raw));
    expect(err.issues).toEqual([
      { path: 'design.servers[3].state', message: 'expected "active" or "idle", got "standby"' },
    ]);
    expect(err.message).toBe(
      'The design is not valid: at design.servers[3].state: expected "active" or "idle", got "standby".',
    );
  });

  it('names a missing field', () => {
    const raw = reference();
    delete raw.design.sqlInstances[2].serverFqdn;
    const err = loadError(JSON.stringify(raw));
    expect(err.issues[0]).toEqual({
      path: 'design.sqlInstances[2].serverFqdn',
      message: 'missing; expected string',
    });
  });

  it('says a number was given where text was expected', () => {
    const raw = reference();
    raw.design.pools[0].fqdn = 42;
    expect(loadError(JSON.stringify(raw)).message).toContain(
      'at design.pools[0].fqdn: expected string, got 42',
    );
  });

  it('refuses a newer format version and says to update', () => {
    const raw = reference();
    raw.formatVersion = 7;
    const err = loadError(JSON.stringify(raw));
    expect(err.message).toMatch(
      /newer version of the designer \(format version 7; this version reads up to 1\)/,
    );
  });

  it('refuses a file without a format version', () => {
    const raw = reference();
    delete raw.formatVersion;
    expect(loadError(JSON.stringify(raw)).issues[0]?.path).toBe('formatVersion');
  });

  it('refuses text that is not JSON, saying so', () => {
    expect(loadError('<Topology/>').message).toMatch(/^The file is not valid JSON/);
    expect(loadError('[1,2]').message).toMatch(/top level must be a JSON object/);
  });

  it('refuses two elements with one id, naming both places', () => {
    const raw = reference();
    raw.design.fileStores[0].id = 'pc1';
    const err = loadError(JSON.stringify(raw));
    expect(err.issues[0]).toEqual({
      path: 'design.fileStores[0].id',
      message: 'the id "pc1" is already used at design.servers[0].id',
    });
  });

  it('lists at most five problems and counts the rest', () => {
    const raw = reference();
    for (const s of raw.design.servers) s.state = 'maybe';
    const err = loadError(JSON.stringify(raw));
    expect(err.issues).toHaveLength(8);
    expect(err.message).toMatch(/; and 3 more\.$/);
  });

  it('loads dangling references as they are, for the rules to report', () => {
    const raw = reference();
    raw.design.pools[0].nextHopId = 'gone';
    expect(loadDesign(JSON.stringify(raw)).design.pools[0]?.nextHopId).toBe('gone');
  });

  it('refuses values nested deeper than any design, so that whatever opens can also be saved', () => {
    const raw = reference();
    raw.preservedTopology = { kind: 'lync-topology-xml', deep: 'DEEP' };
    // Written as text: JSON.stringify itself could not write what this file holds.
    const n = 20_000;
    const text = JSON.stringify(raw).replace('"DEEP"', `${'{"x":'.repeat(n)}"bottom"${'}'.repeat(n)}`);
    const err = loadError(text);
    expect(err.issues[0]!.path).toBe('preservedTopology.deep.x.x.x.x.…');
    expect(err.issues[0]!.message).toContain('nested more than 32 levels deep');
    // The same refusal on the recovery path, which restores an already parsed document.
    expect(() => restoreDesign(JSON.parse(text))).toThrow(LoadError);
  });

  it('opens and saves again a design nested as deep as the limit allows', () => {
    const raw = reference();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 30; i++) deep = { x: deep };
    raw.preservedTopology = { deep };
    const doc = loadDesign(JSON.stringify(raw));
    expect(loadDesign(serializeDesign(doc))).toEqual(doc);
  });
});
