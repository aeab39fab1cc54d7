/**
 * Properties over many designs and many broken documents: export followed by import gives the
 * design back, in both flavours; import of a mutated document never throws and never hits an
 * internal error, only a clear refusal or a valid design.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damagedDesign } from '../support/generate.ts';
import { reference } from '../support/designs.ts';
import { restoreDesign } from '../../shared/model/load.ts';
import { fqdnKey } from '../../shared/model/values.ts';
import type {
  DataCenter,
  Design,
  FileStore,
  FrontEndPool,
  PersistentChatPool,
  PersistentChatServer,
  Share,
  SqlInstance,
  StoreAssignment,
} from '../../shared/model/types.ts';
import { decodeTopologyBytes } from '../../shared/xml/decode.ts';
import { TopologyXmlError } from '../../shared/xml/errors.ts';
import { exportTopology } from '../../shared/xml/export.ts';
import { importTopology } from '../../shared/xml/import.ts';
import { canonicalizeText } from '../../shared/xml/canonical.ts';
import {
  documentOf,
  exported,
  haveSamples,
  imported,
  readSample,
  samples,
  withoutSidecar,
} from './support.ts';

const flavours = ['tbxml', 'published'] as const;
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'Zürich', 'R&D <1>', '"quoted"', 'a--b-'),
);

/** Unique, lower-case FQDNs in a namespace of their own per kind, so kinds never share a cluster by accident. */
function fqdns(prefix: string, n: number, domain: string): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i}.${domain}`);
}

const designArb: fc.Arbitrary<Design> = fc
  .record({
    domain: fc.constantFrom('contoso.com', 'fabrikam.local', 'corp.example.org'),
    sites: fc.array(fc.oneof(word, fc.constant('')), { minLength: 1, maxLength: 3 }),
    dcCount: fc.integer({ min: 0, max: 3 }),
    feCount: fc.integer({ min: 0, max: 3 }),
    sqlHosts: fc.integer({ min: 1, max: 4 }),
    sqlCount: fc.integer({ min: 0, max: 7 }),
    fsCount: fc.integer({ min: 0, max: 3 }),
    poolCount: fc.integer({ min: 0, max: 2 }),
    serverCount: fc.integer({ min: 0, max: 10 }),
    shareCount: fc.integer({ min: 0, max: 3 }),
    picks: fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
    texts: fc.array(text, { minLength: 20, maxLength: 20 }),
    link: fc.record({
      latencyMs: fc.integer({ min: 0, max: 200 }),
      bandwidthMbps: fc.integer({ min: 0, max: 100_000 }),
    }),
  })
  .map((g) => {
    let p = 0;
    const pick = <T>(list: readonly T[]): T => list[g.picks[p++ % g.picks.length]! % list.length]!;
    const chance = () => g.picks[p++ % g.picks.length]! % 3 !== 0;
    const t = () => g.texts[p++ % g.texts.length]!;
    const dataCenters: DataCenter[] = Array.from({ length: g.dcCount }, (_, i) => ({
      id: `dc${i}`,
      name: t(),
      lyncSite: pick(g.sites),
      timeZone: t(),
    }));
    const dcRef = () =>
      dataCenters.length > 0 && chance() ? pick(dataCenters).id : chance() ? null : 'dc-gone';
    const frontEndPools: FrontEndPool[] = fqdns('fe', g.feCount, g.domain).map((fqdn, i) => {
      const edition = chance() ? 'enterprise' : 'standard';
      return {
        id: `fe${i}`,
        fqdn,
        edition,
        dataCenterId: dcRef(),
        lyncSite: chance() ? '' : pick(g.sites),
        adDomain: g.domain,
        machines: edition === 'standard' ? [fqdn] : fqdns(`fe${i}m`, g.picks[i]! % 4, g.domain),
      };
    });
    const hosts = fqdns('sql', g.sqlHosts, g.domain);
    const names = ['', 'PCHAT', 'MGC', 'WITNESS', 'COMP'];
    const seen = new Set<string>();
    const sqlInstances: SqlInstance[] = [];
    for (let i = 0; i < g.sqlCount; i++) {
      const serverFqdn = pick(hosts);
      const instanceName = pick(names);
      if (seen.has(`${serverFqdn}\\${instanceName}`)) continue;
      seen.add(`${serverFqdn}\\${instanceName}`);
      sqlInstances.push({
        id: `sql${i}`,
        serverFqdn,
        instanceName,
        dataCenterId: dcRef(),
        adDomain: g.domain,
        version: pick(['2008R2', '2012', '2014'] as const),
        edition: pick(['standard', 'enterprise'] as const),
        is64Bit: chance(),
        mirroringPort: chance() ? 5022 : null,
        availability: pick(['standalone', 'mirroring', 'failover-cluster', 'alwayson'] as const),
        mirroringMode: pick(['synchronous', 'asynchronous'] as const),
        clusterNodes: 1 + (g.picks[i]! % 3),
        serviceAccount: pick(['domain-account', 'network-service'] as const),
        backEndPoolIds: frontEndPools.length > 0 && !chance() ? [pick(frontEndPools).id] : [],
        monitoring: chance(),
        archiving: !chance(),
      });
    }
    const fileHosts = [...fqdns('files', 2, g.domain), ...hosts];
    const fileStores: FileStore[] = Array.from({ length: g.fsCount }, (_, i) => ({
      id: `fs${i}`,
      serverFqdn: pick(fileHosts),
      shareName: `share${i}`,
      dataCenterId: dcRef(),
    }));
    // Each store instance serves one slot per family (content, compliance), as a design that can be published does.
    const free = { content: sqlInstances.map((i) => i.id), compliance: sqlInstances.map((i) => i.id) };
    const sqlRef = () =>
      sqlInstances.length > 0 && chance() ? pick(sqlInstances).id : chance() ? null : 'sql-gone';
    const store = (family: 'content' | 'compliance'): StoreAssignment => {
      const list = free[family];
      const instance =
        list.length > 0 && chance() ? list.splice(g.picks[p++ % 200]! % list.length, 1)[0]! : null;
      return { sqlInstanceId: instance, mirrorId: sqlRef(), witnessId: sqlRef() };
    };
    const pools: PersistentChatPool[] = fqdns('pchat', g.poolCount, g.domain).map((fqdn, i) => ({
      id: `pool${i}`,
      fqdn,
      displayName: t(),
      port: pick([5041, 5042, 6000]),
      computers: chance() ? 'multiple' : 'single',
      compliance: chance(),
      disasterRecovery: chance(),
      defaultFor: pick(['none', 'site', 'all-sites'] as const),
      nextHopId: frontEndPools.length > 0 && chance() ? pick(frontEndPools).id : chance() ? null : 'fe-gone',
      fileStoreId: fileStores.length > 0 && chance() ? pick(fileStores).id : null,
      stores: {
        primary: store('content'),
        backup: store('content'),
        compliance: store('compliance'),
        complianceBackup: store('compliance'),
      },
      logShipping: {
        backupShareId: null,
        copyShareId: null,
        backupIntervalMinutes: pick([5, 15]),
        copyIntervalMinutes: 15,
        restoreIntervalMinutes: 15,
        restoreDelayMinutes: pick([0, 30]),
        restoreMode: pick(['no-recovery', 'standby'] as const),
      },
      mirroringShareId: null,
      expectedConcurrentUsers: chance() ? null : 1000 * i,
      provisionedUsers: null,
      chatRoomAces: null,
    }));
    const servers: PersistentChatServer[] = fqdns('pcs', g.serverCount, g.domain).map((fqdn, i) => ({
      id: `srv${i}`,
      fqdn,
      poolId: pools.length > 0 && chance() ? pick(pools).id : chance() ? null : 'pool-gone',
      dataCenterId: dcRef(),
      adDomain: g.domain,
      state: chance() ? 'active' : 'idle',
      fileSystem: chance() ? 'ntfs' : 'fat32',
    }));
    const shares: Share[] = Array.from({ length: g.shareCount }, (_, i) => ({
      id: `share${i}`,
      serverFqdn: pick(fileHosts),
      shareName: `logs${i}`,
      dataCenterId: dcRef(),
      purpose: pick(['log-backup', 'log-copy', 'mirroring'] as const),
    }));
    return {
      name: t(),
      description: t(),
      settings: { lowLatencyMaxMs: 20, highBandwidthMinMbps: 1000, logShippingScheduleTolerance: 2 },
      dataCenters,
      link: { ...g.link, class: chance() ? 'high-bandwidth' : 'low-bandwidth' },
      frontEndPools,
      pools,
      servers,
      sqlInstances,
      fileStores,
      shares,
    } satisfies Design;
  });

function roundTrip(design: Design, flavour: (typeof flavours)[number]) {
  const out = exported(documentOf(design), { flavour });
  const back = imported(out.bytes);
  return { out, back };
}

describe('export followed by import', () => {
  it.each(flavours)('gives the same design back (%s), and the same bytes when exported again', (flavour) => {
    fc.assert(
      fc.property(designArb, (design) => {
        const { out, back } = roundTrip(design, flavour);
        expect(back.document.design).toEqual(design);
        expect(exported(back.document).text).toBe(out.text);
      }),
      { numRuns: 150 },
    );
  });

  it.each(flavours)(
    'of a document without the sidecar comment writes the same document back (%s)',
    (flavour) => {
      fc.assert(
        fc.property(designArb, (design) => {
          const foreign = withoutSidecar(exported(documentOf(design), { flavour }).text);
          const back = imported(foreign);
          expect(back.summary.sidecar).toBe('absent');
          expect(canonicalizeText(exported(back.document).text)).toBe(canonicalizeText(foreign));
          // What the XML carries comes back: every pool, server and SQL instance by its name.
          expect(back.document.design.pools.map((p) => p.fqdn)).toEqual(design.pools.map((p) => p.fqdn));
          const sqlNames = (d: Design) =>
            d.sqlInstances.map((i) => `${i.serverFqdn}\\${i.instanceName}`).sort();
          expect(sqlNames(back.document.design)).toEqual(sqlNames(design));
        }),
        { numRuns: 100 },
      );
    },
  );

  it.each(flavours)('gives half-finished designs back as they were too (%s)', (flavour) => {
    // fc.pre skips a case without counting it, so every one of numRuns is a real round trip.
    const numRuns = 100;
    let roundTrips = 0;
    fc.assert(
      fc.property(damagedDesign, (damaged) => {
        let design: Design | undefined;
        try {
          design = restoreDesign(documentOf(damaged)).design;
        } catch {
          design = undefined;
        }
        // Not a design the loader would open (duplicate ids): nothing to export.
        fc.pre(design !== undefined);
        // A document names each server once: spellings DNS takes for the same name come back as the first.
        const hosts = [...design.sqlInstances, ...design.fileStores].map((e) => e.serverFqdn);
        const spellings = new Map(hosts.map((h) => [fqdnKey(h), h]));
        fc.pre(hosts.every((h) => spellings.get(fqdnKey(h)) === h));
        // A published topology names a SQL instance by server and name only; two alike are one there.
        const names = design.sqlInstances.map(
          (i) => `${fqdnKey(i.serverFqdn)}\\${i.instanceName.toLowerCase()}`,
        );
        fc.pre(flavour !== 'published' || new Set(names).size === names.length);
        roundTrips += 1;
        const { back } = roundTrip(design, flavour);
        expect(back.document.design).toEqual(design);
      }),
      { numRuns },
    );
    expect(roundTrips).toBeGreaterThanOrEqual(numRuns);
  });
});

const bases: { name: string; text: string }[] = [
  ...flavours.map((flavour) => ({
    name: `reference (${flavour})`,
    text: decodeTopologyBytes(exported(documentOf(reference()), { flavour }).bytes),
  })),
  ...(haveSamples
    ? samples.map(({ file }) => ({ name: file, text: decodeTopologyBytes(readSample(file)) }))
    : []),
];

type Mutation = (s: string) => string;
const at = (s: string, n: number) => (s.length === 0 ? 0 : n % (s.length + 1));
const fragment = fc.oneof(
  fc.constantFrom(
    '<',
    '>',
    '&',
    '"',
    "'",
    '</',
    '/>',
    '<!--',
    '-->',
    ']]>',
    '<![CDATA[',
    '&amp;',
    '&lol;',
    '&#0;',
    '<!DOCTYPE x>',
    '<?pi x?>',
    '\u0000',
    '\uFFFF',
    'xmlns:p="u"',
    '<p:x/>',
    '<Service/>',
    '<Cluster UniqueId="x"/>',
    'InstalledOn="nowhere"',
    'ServiceUniqueId="',
    '\uD800',
  ),
  fc.string({ maxLength: 8 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(
    ([a, len]): Mutation =>
      (s) =>
        s.slice(0, at(s, a)) + s.slice(at(s, a) + len),
  ),
  fc.tuple(fc.nat(), fragment).map(
    ([a, f]): Mutation =>
      (s) =>
        s.slice(0, at(s, a)) + f + s.slice(at(s, a)),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 2000 }), fc.nat()).map(([a, len, b]): Mutation => (s) => {
    const piece = s.slice(at(s, a), at(s, a) + len);
    return s.slice(0, at(s, b)) + piece + s.slice(at(s, b));
  }),
  fc.nat().map(
    (a): Mutation =>
      (s) =>
        s.slice(0, at(s, a)),
  ),
  // Values changed inside well-formed attributes: the document stays XML but its references break.
  fc.tuple(fc.nat(), fc.string({ maxLength: 10 })).map(([n, v]): Mutation => (s) => {
    let i = 0;
    const escaped = v.replace(/[&<"]/g, '_');
    return s.replace(/="([^"]*)"/g, (whole) => (i++ === n % 400 ? `="${escaped}"` : whole));
  }),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom(
        'Service',
        'Cluster',
        'SqlInstance',
        'Machine',
        'Dependency',
        'CentralSite',
        'DependsOn',
        'InstalledOn',
      ),
    )
    .map(([n, tag]): Mutation => (s) => {
      // Removes one element of a kind, and what it holds: a well-formed document with a part missing.
      const re = new RegExp(`<${tag}\\b[^>]*?(/>|>[\\s\\S]*?</${tag}>)`, 'g');
      let i = 0;
      return s.replace(re, (whole) => (i++ === n % 20 ? '' : whole));
    }),
);

describe('import of mutated documents', () => {
  it.each(bases.map((b) => [b.name, b.text] as const))(
    'never throws on mutations of %s, only refuses clearly',
    (_name, base) => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
          const text = mutations.reduce((s, m) => m(s), base);
          const result = importTopology(text);
          if (!result.ok) {
            expect(result.error).toBeInstanceOf(TopologyXmlError);
            expect(result.error.code, result.error.message).not.toBe('internal');
            expect(result.error.message.length).toBeGreaterThan(40);
            return;
          }
          // A document that still parses gives a complete, valid design that exports again.
          expect(() => restoreDesign(result.document)).not.toThrow();
          const again = exportTopology(result.document);
          if (!again.ok) expect(again.error.code, again.error.message).not.toBe('internal');
        }),
        { numRuns: 200 },
      );
    },
  );
});
