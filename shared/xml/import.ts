/**
 * Topology document → design. What the designer models (sites as data centers, Front End
 * pools, SQL instances, file stores, Persistent Chat pools and their servers) becomes design
 * elements; the whole document is kept in `preservedTopology`, so export writes back every
 * part the designer does not model. Values are taken as they are, valid or not: the rules
 * report them. The result is either a complete design document or an error, never a part.
 *
 * When the document carries the designer's sidecar comment (it was exported by the designer),
 * each element whose XML is still what the designer wrote is restored exactly from the sidecar;
 * an element Topology Builder changed takes the document's values, and one it removed is gone.
 */
import { indexDesign } from '../model/design-index.ts';
import type { DesignIndex } from '../model/design-index.ts';
import { removeElement } from '../model/edit.ts';
import { LoadError, restoreDesign } from '../model/load.ts';
import { CURRENT_FORMAT_VERSION, logShippingSchema, ruleSettingsSchema } from '../model/schema.ts';
import type {
  DataCenter,
  Design,
  DesignDocument,
  FileStore,
  FrontEndPool,
  PersistentChatPool,
  PersistentChatServer,
  SqlInstance,
  StoreAssignment,
  StoreRole,
} from '../model/types.ts';
import { fqdnKey, sqlInstanceLabel } from '../model/values.ts';
import { rolesInUse } from '../model/queries.ts';
import { referenceFields } from '../model/references.ts';
import { decodeTopologyBytes, positionAt, prepareTopologyText } from './decode.ts';
import { firstNonXmlChar, toXmlChars } from './xml-chars.ts';
import { describeNonXml, detectFlavour } from './detect.ts';
import { TopologyXmlError, asTopologyXmlError } from './errors.ts';
import { openDocument } from './open-document.ts';
import { FILE_STORE, frontEndCluster } from './frontend-template.ts';
import { arrangeDocument } from '../model/arrange.ts';
import type { Flavour } from './namespaces.ts';
import { parsePreparedXml } from './parse.ts';
import {
  DEFAULT_MIRRORING_PORT,
  DEFAULT_WITNESS_PORT,
  FILE_STORE_USAGE,
  NEXT_HOP_ROLE,
  NEXT_HOP_USAGE,
  PC_SERVICE,
  PC_SIP_PORT,
  PC_STORE_ROLE,
  WITNESS_ROLE,
  WITNESS_USAGE,
  isPersistentChatRoleName,
  persistentChatCluster,
  storeSlotByName,
  storeSlotOf,
} from './pchat-mapping.ts';
import type { StoreSlot } from './pchat-mapping.ts';
import { preservedTopology } from './preserved.ts';
import type { Sidecar } from './sidecar.ts';
import { readSidecar } from './sidecar.ts';
import { defaultSiteName, siteOfDataCenter, siteOfFrontEnd, siteOfPool } from './sites.ts';
import type {
  ClusterNode,
  ClusterSpec,
  DependencyNode,
  ServiceNode,
  SiteNode,
  SqlInstanceNode,
  TopologyDoc,
} from './topology-doc.ts';
import { attr, childElements, firstChild } from './tree.ts';

export interface ImportSummary {
  flavour: Flavour;
  /** Site names, in document order. */
  sites: string[];
  /** How many of each kind of design element the import produced. */
  imported: Record<
    'dataCenters' | 'frontEndPools' | 'pools' | 'servers' | 'sqlInstances' | 'fileStores' | 'shares',
    number
  >;
  /** What the document holds that the designer does not model; export writes it back unchanged. */
  kept: string[];
  /** Values a topology document does not hold and that the import set to a default. */
  assumptions: string[];
  /** Oddities found in the document, imported as they are. */
  problems: string[];
  /**
   * Persistent Chat parts the inferred mapping (pchat-mapping.ts) does not describe, each named
   * by role, usage or attribute, and what the import made of it. They stay in the document as
   * they are; any at all means the mapping may need correcting (`mappingNote`).
   */
  unrecognised: string[];
  /** Whether the designer's sidecar comment was found and used. */
  sidecar: 'absent' | 'used' | 'ignored';
}

export interface ImportOutput {
  document: DesignDocument;
  summary: ImportSummary;
}

export type ImportResult = ({ ok: true } & ImportOutput) | { ok: false; error: TopologyXmlError };

export interface ImportOptions {
  /** The design's name when the document does not say (typically the file name). */
  name?: string;
}

/** Imports topology bytes (UTF-8 or UTF-16 with a BOM) or already decoded text; never throws. */
export function importTopology(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  try {
    return { ok: true, ...importOrThrow(input, options) };
  } catch (err) {
    return { ok: false, error: asTopologyXmlError(err, 'imported') };
  }
}

/** As importTopology, but throws TopologyXmlError. */
export function importOrThrow(input: Uint8Array | string, options: ImportOptions = {}): ImportOutput {
  const decoded = typeof input === 'string' ? input : decodeTopologyBytes(input);
  // Named before the DTD check, so an HTML page is called that rather than refused for its doctype.
  const nonXml = describeNonXml(decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded);
  if (nonXml) throw new TopologyXmlError('not-topology', nonXml);
  const text = prepareTopologyText(decoded);
  const xml = parsePreparedXml(text);
  const badChars = nonXmlCharsProblem(text);
  const flavour = detectFlavour(xml.root);
  const doc = openDocument(xml);
  let sidecar: Sidecar | undefined;
  let sidecarState: ImportSummary['sidecar'] = 'absent';
  const problems = badChars ? [badChars, ...doc.problems] : [...doc.problems];
  for (const node of xml.prolog) {
    if (node.type !== 'comment') continue;
    const reading = readSidecar(node.value);
    if (reading.status === 'valid') {
      sidecar = reading.sidecar;
      sidecarState = 'used';
      break;
    }
    if (reading.status === 'invalid') {
      sidecarState = 'ignored';
      problems.push(
        `The designer's comment in this file was ignored because ${reading.reason}; data centers are derived from sites instead.`,
      );
    }
  }
  const builder = new DesignBuilder(doc, sidecar, options.name);
  const design = builder.build();
  let document: DesignDocument;
  try {
    document = restoreDesign({
      formatVersion: CURRENT_FORMAT_VERSION,
      design,
      // Topology XML has no geometry: the design is auto-arranged, lines routed, as the canvas would.
      layout: arrangeDocument({ formatVersion: CURRENT_FORMAT_VERSION, design, layout: { nodes: {} } })
        .layout,
      preservedTopology: preservedTopology(flavour, text, builder.bindings()),
    });
  } catch (err) {
    if (err instanceof LoadError) throw beyondLimits(err, design);
    throw err;
  }
  return {
    document,
    summary: {
      flavour,
      sites: doc.sites.map((s) => s.name),
      imported: {
        dataCenters: design.dataCenters.length,
        frontEndPools: design.frontEndPools.length,
        pools: design.pools.length,
        servers: design.servers.length,
        sqlInstances: design.sqlInstances.length,
        fileStores: design.fileStores.length,
        shares: design.shares.length,
      },
      kept: describeKept(doc, builder.modelledServices()),
      assumptions: builder.assumptions(),
      problems: [...problems, ...builder.problems],
      unrecognised: builder.unrecognisedParts(),
      sidecar: sidecarState,
    },
  };
}

/**
 * What the import says once when any Persistent Chat part was not recognised: the mapping is the
 * doubtful part of the format, and a real document that does not fit it is the evidence that
 * would correct it.
 */
export const MAPPING_NOTE =
  'The way the designer reads Persistent Chat in topology XML is inferred from the documentation; no real document with a Persistent Chat pool has confirmed it (docs/xml-format.md). The parts above do not fit it, so the mapping may need correcting: check the pools, stores and links in the designer before you rely on them, and report the file so the mapping can be fixed.';

/**
 * The design read from a topology breaks a limit of the design format (a name over 1,000
 * characters, more data centers than the format holds): a refusal that names the element and
 * the limit, because the planner can act on it and it is no bug of ours.
 */
function beyondLimits(err: LoadError, design: Design): TopologyXmlError {
  const index = indexDesign(design);
  const where = err.issues.slice(0, 3).map((issue) => {
    const m = /^design\.(\w+)\[(\d+)\](?:\.(.+))?$/.exec(issue.path);
    const collection = m?.[1] as keyof Design | undefined;
    const list = collection ? design[collection] : undefined;
    const el = Array.isArray(list) ? (list[Number(m![2])] as { id?: string } | undefined) : undefined;
    if (!el?.id) return `${issue.path}: ${issue.message}`;
    const label = index.label(el.id);
    const short = label.length > 60 ? `${label.slice(0, 60)}…` : label;
    return `the ${m![3] ?? 'entry'} of ${short}: ${issue.message}`;
  });
  const more = err.issues.length > 3 ? `; and ${err.issues.length - 3} more` : '';
  return new TopologyXmlError(
    'beyond-limits',
    `The topology was read, but it holds more than a design can: ${where.join('; ')}${more}. Nothing was imported. Correct the topology in Topology Builder, or import the part of it that holds the Persistent Chat pool.`,
  );
}

/**
 * A file with characters XML does not allow is not well-formed, and Topology Builder would not
 * open it; the import reads it all the same (a UTF-16 file with an unpaired surrogate is what
 * PowerShell can write), but says so, because export writes each such character as U+FFFD.
 */
function nonXmlCharsProblem(text: string): string | undefined {
  const first = firstNonXmlChar(text);
  if (first < 0) return undefined;
  const { replaced } = toXmlChars(text);
  const at = positionAt(text, first);
  const code = text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0');
  return `The file holds ${replaced === 1 ? 'a character' : `${replaced} characters`} that XML does not allow (the first, U+${code}, at line ${at.line}, column ${at.column}): control characters, U+FFFE, U+FFFF or unpaired UTF-16 surrogates. ${replaced === 1 ? 'It is' : 'They are'} read as ${replaced === 1 ? 'it is' : 'they are'}, and export writes ${replaced === 1 ? 'it' : 'each'} as U+FFFD (the replacement character) so that the file it writes opens again.`;
}

const PC_ROLES: ReadonlySet<string> = new Set([
  PC_SERVICE.roleName,
  PC_STORE_ROLE.content,
  PC_STORE_ROLE.compliance,
  WITNESS_ROLE,
]);

function domainOf(fqdn: string, fallback: string): string {
  const dot = fqdn.indexOf('.');
  return dot < 0 ? fallback : fqdn.slice(dot + 1);
}

/** Ids are read from names but kept short, so a 250-character DNS label still gives an id that fits. */
const MAX_SLUG = 60;

function slug(value: string): string {
  const first = value.split('.')[0] ?? '';
  return first
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

interface ClusterFacts {
  site: string;
  fqdn: string;
  singleMachine: boolean | null;
  machines: (string | null)[];
}

function clusterFacts(cluster: ClusterNode): ClusterFacts {
  return {
    site: cluster.site.name,
    fqdn: cluster.fqdn,
    singleMachine: cluster.singleMachine,
    machines: cluster.machines.map((m) => m.fqdn),
  };
}

/** What export writes for a cluster spec, in the same terms as clusterFacts reads it. */
function expectedFacts(site: string, spec: ClusterSpec, flavour: Flavour): ClusterFacts {
  return {
    site,
    fqdn: spec.fqdn,
    singleMachine: flavour === 'tbxml' ? spec.singleMachine : null,
    machines: spec.machines.map((m) => (flavour === 'tbxml' ? m.fqdn : (m.fqdn ?? spec.fqdn))),
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The planner's name of a store link, as the integrity rules name the same field. */
function slotWords(slot: StoreSlot): string {
  return referenceFields[`${slot.role}.${slot.part}`].name.en;
}

const emptyStore = (): StoreAssignment => ({ sqlInstanceId: null, mirrorId: null, witnessId: null });

interface Read<T> {
  el: T;
  key: string;
  site: SiteNode | undefined;
}

type PoolLinks = Pick<PersistentChatPool, 'nextHopId' | 'fileStoreId' | 'stores'>;

class DesignBuilder {
  readonly problems: string[] = [];
  private readonly flavour: Flavour;
  private readonly usedIds = new Set<string>();
  private readonly idOfKey = new Map<string, string>();
  private readonly dcIdsOfSite = new Map<SiteNode, string[]>();
  private readonly frontEndClusters: ClusterNode[] = [];
  private readonly frontEndIdOf = new Map<ClusterNode, string>();
  private readonly sqlIdOf = new Map<SqlInstanceNode, string>();
  private readonly fileStoreIdOf = new Map<ServiceNode, string>();
  private readonly poolServices: ServiceNode[] = [];
  private readonly outBindings = new Map<string, string>();
  private readonly defaults = new Set<string>();
  private readonly unrecognised = new Set<string>();
  private readonly sidecarIndex: DesignIndex | undefined;
  private readonly defaultDomain: string;

  constructor(
    private readonly doc: TopologyDoc,
    private readonly sidecar: Sidecar | undefined,
    private readonly name: string | undefined,
  ) {
    this.flavour = doc.flavour;
    this.sidecarIndex = sidecar ? indexDesign(sidecar.design) : undefined;
    const domains = firstChild(doc.document.root, 'InternalDomains') ?? this.findInternalDomains();
    this.defaultDomain = (domains && attr(domains, 'DefaultDomain')) ?? '';
    if (sidecar) {
      for (const id of this.sidecarIndex!.byId.keys()) this.usedIds.add(id);
      for (const [id, key] of Object.entries(sidecar.bindings)) {
        if (this.sidecarIndex!.byId.has(id) && !this.idOfKey.has(key)) this.idOfKey.set(key, id);
      }
    }
    this.classify();
  }

  private findInternalDomains() {
    const partial = firstChild(this.doc.document.root, 'NewTopology');
    const inner = partial && firstChild(partial, 'PartialTopology');
    return inner && firstChild(inner, 'InternalDomains');
  }

  bindings(): Record<string, string> {
    return Object.fromEntries(this.outBindings);
  }

  assumptions(): string[] {
    return [...this.defaults];
  }

  unrecognisedParts(): string[] {
    this.reportUnlinkedParts();
    return [...this.unrecognised];
  }

  /** Services the design models, for the summary of what was kept. */
  modelledServices(): Set<ServiceNode> {
    return new Set([...this.fileStoreIdOf.keys(), ...this.poolServices]);
  }

  /** The next suffix to try for each base, so that thousands of elements of one name stay linear. */
  private readonly nextSuffix = new Map<string, number>();

  private freshId(prefix: string, name: string): string {
    const base = `${prefix}-${slug(name) || prefix}`;
    let id = base;
    let n = this.nextSuffix.get(base) ?? 2;
    if (this.usedIds.has(id)) {
      while (this.usedIds.has((id = `${base}-${n}`))) n++;
      n++;
    }
    this.nextSuffix.set(base, n);
    this.usedIds.add(id);
    return id;
  }

  /** The sidecar's id for an XML object, when the sidecar bound one of this kind to it. */
  private boundId(key: string, kind: string): string | undefined {
    const id = this.idOfKey.get(key);
    return id !== undefined && this.sidecarIndex?.byId.get(id)?.kind === kind ? id : undefined;
  }

  private classify(): void {
    const registrarHosts = new Set<ClusterNode>();
    for (const service of this.doc.services.values()) {
      if (service.roleName === NEXT_HOP_ROLE) {
        const director =
          service.roleElement && attr(service.roleElement, 'IsDirector')?.toLowerCase() === 'true';
        const host = this.doc.clusters.get(service.installedOn);
        if (host && !director) registrarHosts.add(host);
      } else if (service.roleName === FILE_STORE.roleName) {
        this.fileStoreIdOf.set(service, '');
      } else if (service.roleName === PC_SERVICE.roleName) {
        this.poolServices.push(service);
      }
    }
    for (const cluster of this.doc.clusters.values())
      if (registrarHosts.has(cluster)) this.frontEndClusters.push(cluster);
    // Ids: the sidecar's where it bound one, readable fresh ones otherwise.
    for (const site of this.doc.sites) {
      const ids = this.sidecar
        ? this.sidecar.design.dataCenters
            .filter((dc) => this.sidecar!.bindings[dc.id] === site.key)
            .map((dc) => dc.id)
        : [];
      // A site the designer wrote without a data center (elements that named none) stays without one.
      const known = this.sidecar?.sites.includes(site.key) ?? false;
      const fresh = ids.length > 0 || known ? [] : [this.freshId('dc', site.name || `site${site.siteId}`)];
      this.dcIdsOfSite.set(site, [...ids, ...fresh]);
    }
    for (const c of this.frontEndClusters)
      this.frontEndIdOf.set(c, this.boundId(c.key, 'frontEndPool') ?? this.freshId('fe', c.fqdn));
    for (const i of this.doc.sqlInstances.values()) {
      this.sqlIdOf.set(
        i,
        this.boundId(i.key, 'sqlInstance') ??
          this.freshId('sql', `${slug(i.cluster.fqdn)}${i.name ? `-${i.name}` : ''}`),
      );
    }
    for (const s of this.fileStoreIdOf.keys()) {
      const host = this.doc.hostCluster(s);
      this.fileStoreIdOf.set(
        s,
        this.boundId(s.key, 'fileStore') ?? this.freshId('fs', host?.fqdn ?? 'files'),
      );
    }
  }

  private dataCenterOf(site: SiteNode | undefined): string | null {
    return site
      ? (this.dcIdsOfSite.get(site)?.[0] ?? null)
      : ((this.doc.sites[0] && this.dcIdsOfSite.get(this.doc.sites[0])?.[0]) ?? null);
  }

  private adDomain(fqdn: string): string {
    return domainOf(fqdn, this.defaultDomain);
  }

  /** Keeps the sidecar's data center when it lies in the site the document puts the element in. */
  private dataCenterIn(site: SiteNode | undefined, previous: string | null): string | null {
    const index = this.sidecarIndex;
    if (
      site &&
      index &&
      previous &&
      index.dataCenter(previous) &&
      (this.dcIdsOfSite.get(site) ?? []).includes(previous)
    )
      return previous;
    return this.dataCenterOf(site);
  }

  build(): Design {
    const s = this.sidecar?.design;
    const fallback =
      this.sidecar?.fallbackSite || defaultSiteName(s?.dataCenters ?? [], this.doc.sites[0]?.name);
    const dataCenters = this.buildDataCenters(fallback);
    const sqlInstances = this.merge(s?.sqlInstances ?? [], this.readSqlInstances(), (el, x) => {
      const expected = [
        siteOfDataCenter(this.sidecarIndex!, el.dataCenterId, fallback),
        el.serverFqdn,
        el.instanceName,
      ];
      if (same(expected, [x.site?.name, x.el.serverFqdn, x.el.instanceName])) return el;
      return {
        ...el,
        serverFqdn: x.el.serverFqdn,
        instanceName: x.el.instanceName,
        dataCenterId: this.dataCenterIn(x.site, el.dataCenterId),
      };
    });
    const fileStores = this.merge(s?.fileStores ?? [], this.readFileStores(), (el, x) => {
      const expected = [
        siteOfDataCenter(this.sidecarIndex!, el.dataCenterId, fallback),
        el.serverFqdn,
        el.shareName,
      ];
      if (same(expected, [x.site?.name, x.el.serverFqdn, x.el.shareName])) return el;
      return {
        ...el,
        serverFqdn: x.el.serverFqdn,
        shareName: x.el.shareName,
        dataCenterId: this.dataCenterIn(x.site, el.dataCenterId),
      };
    });
    const frontEndPools = this.merge(s?.frontEndPools ?? [], this.readFrontEnds(), (el, x) => {
      const cluster = this.doc.clusters.get(x.key)!;
      const expected = expectedFacts(
        siteOfFrontEnd(this.sidecarIndex!, el, fallback),
        frontEndCluster(el, this.flavour),
        this.flavour,
      );
      if (same(expected, clusterFacts(cluster))) return el;
      const f = x.el;
      return {
        ...el,
        fqdn: f.fqdn,
        edition: f.edition,
        machines: f.machines,
        lyncSite: f.lyncSite,
        dataCenterId: this.dataCenterIn(x.site, el.dataCenterId),
      };
    });
    const { pools, servers } = this.buildPools(fallback);
    let design: Design = {
      name: s?.name ?? this.name ?? (this.doc.sites[0]?.name || 'Imported topology'),
      description: s?.description ?? '',
      settings: s?.settings ?? ruleSettingsSchema.parse({}),
      dataCenters,
      link: s?.link ?? { latencyMs: 0, bandwidthMbps: 0, class: 'low-bandwidth' },
      frontEndPools,
      pools,
      servers,
      sqlInstances,
      fileStores,
      shares: s?.shares ?? [],
    };
    if (!s) {
      this.defaults.add(
        'The link between the data centers is not in a topology document; its latency and bandwidth are 0 and its class is low bandwidth until you set them.',
      );
    }
    // Only what the document itself supplied got defaults; what the sidecar restored is as designed.
    const known = new Set(this.sidecarIndex?.byId.keys() ?? []);
    const fresh = sqlInstances.filter((i) => !known.has(i.id));
    if (fresh.length > 0) {
      this.defaults.add(
        'SQL Server version, edition and service account are not in a topology document; imported instances are SQL Server 2012 Enterprise, 64-bit, run by a domain account. Correct them in the inspector.',
      );
    }
    if (fresh.some((i) => i.mirroringPort !== null)) {
      this.defaults.add(
        `Mirroring endpoint ports are not in a topology document; instances in a mirroring relation have Topology Builder's defaults, ${DEFAULT_MIRRORING_PORT} (${DEFAULT_WITNESS_PORT} for a witness).`,
      );
    }
    // Elements the sidecar knew that the document no longer has: gone, with every reference to them.
    if (s) {
      const present = new Set(indexDesign(design).byId.keys());
      for (const id of this.sidecarIndex!.byId.keys()) {
        if (!present.has(id) && this.sidecar!.bindings[id] !== undefined) design = removeElement(design, id);
      }
    }
    design = this.backEndLinks(design);
    return design;
  }

  /**
   * Sidecar elements first, in their order: restored as they were when the document still says
   * what export wrote for them, updated from the document when it does not, dropped when the
   * object is gone. Then the document's elements the sidecar did not know.
   */
  private merge<T extends { id: string }>(
    previous: readonly T[],
    read: Map<string, Read<T>>,
    update: (el: T, fromXml: Read<T>) => T,
  ): T[] {
    const out: T[] = [];
    const taken = new Set<string>();
    for (const el of previous) {
      if (this.sidecar!.bindings[el.id] === undefined) {
        out.push(el);
        continue;
      }
      const fromXml = read.get(el.id);
      if (!fromXml) continue;
      taken.add(el.id);
      out.push(update(el, fromXml));
      this.outBindings.set(el.id, fromXml.key);
    }
    for (const [id, x] of read) {
      if (taken.has(id)) continue;
      out.push(x.el);
      this.outBindings.set(id, x.key);
    }
    return out;
  }

  private buildDataCenters(fallback: string): DataCenter[] {
    const out: DataCenter[] = [];
    const fromSidecar = new Map((this.sidecar?.design.dataCenters ?? []).map((dc) => [dc.id, dc]));
    const placed = new Set<string>();
    // Sidecar data centers first, in their order, then one per site the sidecar did not know.
    for (const dc of this.sidecar?.design.dataCenters ?? []) {
      const site = this.doc.sites.find((x) => x.key === this.sidecar!.bindings[dc.id]);
      if (!site) continue;
      placed.add(dc.id);
      this.outBindings.set(dc.id, site.key);
      out.push(
        siteOfDataCenter(this.sidecarIndex!, dc.id, fallback) === site.name
          ? dc
          : { ...dc, lyncSite: site.name },
      );
    }
    for (const site of this.doc.sites) {
      for (const id of this.dcIdsOfSite.get(site) ?? []) {
        if (placed.has(id)) continue;
        placed.add(id);
        this.outBindings.set(id, site.key);
        out.push(fromSidecar.get(id) ?? { id, name: site.name, lyncSite: site.name, timeZone: '' });
        if (!fromSidecar.has(id)) {
          this.defaults.add(
            'Each site became one data center named after it, with no time zone: a topology document has sites, not data centers. Split a site into its two data centers if your pool is stretched.',
          );
        }
      }
    }
    return out;
  }

  private readSqlInstances(): Map<string, Read<SqlInstance>> {
    const roles = this.instanceRoles();
    const hostedOn = new Map<string, Set<string>>();
    for (const service of this.doc.services.values()) {
      const set = hostedOn.get(service.installedOn) ?? new Set<string>();
      set.add(service.roleName);
      hostedOn.set(service.installedOn, set);
    }
    const out = new Map<string, Read<SqlInstance>>();
    for (const [node, id] of this.sqlIdOf) {
      const alwaysOn = attr(node.el, 'AlwaysOnPrimaryNodeFqdn') !== undefined;
      const role = roles.get(node);
      const hosted = hostedOn.get(node.key) ?? new Set<string>();
      out.set(id, {
        key: node.key,
        site: node.cluster.site,
        el: {
          id,
          serverFqdn: node.cluster.fqdn,
          instanceName: node.name,
          dataCenterId: this.dataCenterOf(node.cluster.site),
          adDomain: this.adDomain(node.cluster.fqdn),
          version: '2012',
          edition: 'enterprise',
          is64Bit: true,
          mirroringPort: role === 'witness' ? DEFAULT_WITNESS_PORT : role ? DEFAULT_MIRRORING_PORT : null,
          availability: alwaysOn ? 'alwayson' : role ? 'mirroring' : 'standalone',
          mirroringMode: 'synchronous',
          clusterNodes: 1,
          serviceAccount: 'domain-account',
          backEndPoolIds: [],
          monitoring: hosted.has('MonitoringStore'),
          archiving: hosted.has('ArchivingStore'),
        },
      });
    }
    return out;
  }

  /** Which instances take part in Persistent Chat mirroring, read from the pools' store links. */
  private instanceRoles(): Map<SqlInstanceNode, 'mirror' | 'witness'> {
    const roles = new Map<SqlInstanceNode, 'mirror' | 'witness'>();
    for (const pool of this.poolServices) {
      for (const dep of pool.dependencies) {
        const store = this.doc.services.get(dep.serviceKey);
        const slot = store && this.readSlot(pool, store, dep)?.slot;
        if (!store || !slot) continue;
        const instance = this.doc.sqlInstances.get(store.installedOn);
        const witness = this.witnessOf(store);
        if (witness) roles.set(witness, 'witness');
        if (instance && (slot.part === 'mirror' || this.hasMirror(pool, slot.role)))
          roles.set(instance, 'mirror');
      }
    }
    return roles;
  }

  private hasMirror(pool: ServiceNode, role: StoreRole): boolean {
    return pool.dependencies.some((d) => {
      const t = this.doc.services.get(d.serviceKey);
      const slot = t && this.readSlot(pool, t, d)?.slot;
      return slot?.role === role && slot.part === 'mirror';
    });
  }

  private witnessOf(store: ServiceNode): SqlInstanceNode | undefined {
    for (const d of store.dependencies) {
      const t = this.doc.services.get(d.serviceKey);
      if (t && t.roleName === WITNESS_ROLE && d.usage === WITNESS_USAGE)
        return this.doc.sqlInstances.get(t.installedOn);
      if (t && (t.roleName === WITNESS_ROLE || isPersistentChatRoleName(t.roleName)))
        this.unrecognised.add(
          `The ${store.roleName} service on ${this.instanceName(store)} depends on ${t.roleName} on ${this.instanceName(t)} with Usage "${d.usage}", which the designer does not read as a witness; kept as it is.`,
        );
    }
    return undefined;
  }

  private poolName(service: ServiceNode): string {
    return this.doc.hostCluster(service)?.fqdn || service.installedOn || '(a pool with no computer)';
  }

  private instanceName(service: ServiceNode): string {
    const instance = this.doc.sqlInstances.get(service.installedOn);
    if (instance) return sqlInstanceLabel(instance.cluster.fqdn, instance.name);
    return this.doc.hostCluster(service)?.fqdn || service.installedOn || '(nowhere)';
  }

  /**
   * Which store link a dependency of a pool is: by the mapping's own table, or else read from
   * its role and Usage names (storeSlotByName), which is reported so the planner can check it.
   */
  private readSlot(
    pool: ServiceNode,
    target: ServiceNode,
    dep: DependencyNode,
  ): { slot: StoreSlot; guessed: boolean } | undefined {
    const exact = storeSlotOf(target.roleName, dep.usage);
    if (exact) return { slot: exact, guessed: false };
    const read = storeSlotByName(target.roleName, dep.usage);
    if (read) {
      this.unrecognised.add(
        `The Persistent Chat pool ${this.poolName(pool)} depends on ${target.roleName} on ${this.instanceName(target)} with Usage "${dep.usage}", which the designer does not know; read as the ${slotWords(read)} from its name. Check it in the inspector.`,
      );
      return { slot: read, guessed: true };
    }
    return undefined;
  }

  /** A pool's dependency the mapping does not describe at all: named, and kept as it is. */
  private unknownDependency(pool: ServiceNode, target: ServiceNode | undefined, dep: DependencyNode): void {
    const what = target
      ? `${target.roleName} on ${this.instanceName(target)} with Usage "${dep.usage}"`
      : `a service that is not in the document (${dep.serviceKey}, Usage "${dep.usage}")`;
    this.unrecognised.add(
      `The Persistent Chat pool ${this.poolName(pool)} depends on ${what}, which the designer does not know; not read, kept as it is.`,
    );
  }

  /** Settings of a pool service beyond the display name and the SIP port. */
  private reportUnknownSettings(service: ServiceNode): void {
    const pool = this.poolName(service);
    if (service.roleElement) {
      for (const { name, value } of service.roleElement.attrs) {
        if (name === PC_SERVICE.displayNameAttribute || name === 'xmlns' || name.startsWith('xmlns:'))
          continue;
        this.unrecognised.add(
          `The Persistent Chat pool ${pool} has the setting ${name}="${value}" on its ${service.roleElement.name} element, which the designer does not read; kept as it is.`,
        );
      }
    }
    if (service.ports) {
      for (const port of childElements(service.ports, 'Port')) {
        if (attr(port, 'Owner') === PC_SIP_PORT.owner && attr(port, 'Usage') === PC_SIP_PORT.usage) continue;
        this.unrecognised.add(
          `The Persistent Chat pool ${pool} has a port the designer does not read (Owner "${attr(port, 'Owner') ?? ''}", Usage "${attr(port, 'Usage') ?? ''}", port ${attr(port, 'Port') ?? '?'}); kept as it is.`,
        );
      }
    }
  }

  /** Persistent Chat services that no pool links, and roles of that name the mapping does not know. */
  private reportUnlinkedParts(): void {
    const linked = new Set<string>();
    for (const pool of this.poolServices) {
      for (const d of pool.dependencies) {
        linked.add(d.serviceKey);
        const store = this.doc.services.get(d.serviceKey);
        for (const w of store?.dependencies ?? []) linked.add(w.serviceKey);
      }
    }
    for (const service of this.doc.services.values()) {
      if (service.roleName === PC_SERVICE.roleName || linked.has(service.key)) continue;
      const known = PC_ROLES.has(service.roleName);
      if (!known && !isPersistentChatRoleName(service.roleName)) continue;
      this.unrecognised.add(
        known
          ? `A ${service.roleName} service on ${this.instanceName(service)} belongs to no Persistent Chat pool the designer read; kept as it is.`
          : `A ${service.roleName} service on ${this.instanceName(service)}: a Persistent Chat role the designer does not know; kept as it is.`,
      );
    }
  }

  private readFileStores(): Map<string, Read<FileStore>> {
    const out = new Map<string, Read<FileStore>>();
    for (const [service, id] of this.fileStoreIdOf) {
      const host = this.doc.hostCluster(service);
      out.set(id, {
        key: service.key,
        site: host?.site,
        el: {
          id,
          serverFqdn: host?.fqdn ?? '',
          shareName: (service.roleElement && attr(service.roleElement, 'ShareName')) ?? '',
          dataCenterId: this.dataCenterOf(host?.site),
        },
      });
    }
    return out;
  }

  private readFrontEnds(): Map<string, Read<FrontEndPool>> {
    const out = new Map<string, Read<FrontEndPool>>();
    for (const cluster of this.frontEndClusters) {
      const id = this.frontEndIdOf.get(cluster)!;
      const standard =
        cluster.singleMachine ??
        (cluster.machines.length === 1 &&
          fqdnKey(cluster.machines[0]!.fqdn ?? cluster.fqdn) === fqdnKey(cluster.fqdn));
      out.set(id, {
        key: cluster.key,
        site: cluster.site,
        el: {
          id,
          fqdn: cluster.fqdn,
          edition: standard ? 'standard' : 'enterprise',
          dataCenterId: this.dataCenterOf(cluster.site),
          lyncSite: cluster.site.name,
          adDomain: this.adDomain(cluster.fqdn),
          machines: cluster.machines.map((m) => m.fqdn ?? cluster.fqdn),
        },
      });
    }
    return out;
  }

  /** Instances holding a Front End pool's user store are that pool's back end (PC-044 to PC-046). */
  private backEndLinks(design: Design): Design {
    const fromXml = new Map<string, string[]>();
    for (const service of this.doc.services.values()) {
      const host = this.doc.clusters.get(service.installedOn);
      const feId = host && this.frontEndIdOf.get(host);
      if (!feId) continue;
      for (const dep of service.dependencies) {
        const store = this.doc.services.get(dep.serviceKey);
        const instance =
          store && store.roleName === 'UserStore' ? this.doc.sqlInstances.get(store.installedOn) : undefined;
        const instanceId = instance && this.sqlIdOf.get(instance);
        if (!instanceId) continue;
        const list = fromXml.get(instanceId) ?? [];
        if (!list.includes(feId)) list.push(feId);
        fromXml.set(instanceId, list);
      }
    }
    const known = new Set(design.frontEndPools.map((f) => f.id));
    const sidecarIds = new Set(this.sidecar?.design.sqlInstances.map((i) => i.id) ?? []);
    return {
      ...design,
      sqlInstances: design.sqlInstances.map((i) =>
        sidecarIds.has(i.id)
          ? { ...i, backEndPoolIds: i.backEndPoolIds.filter((b) => known.has(b)) }
          : { ...i, backEndPoolIds: fromXml.get(i.id) ?? [] },
      ),
    };
  }

  // Persistent Chat pools -------------------------------------------------------------------

  private readLinks(service: ServiceNode): PoolLinks & { compliance: boolean; disasterRecovery: boolean } {
    const stores: PersistentChatPool['stores'] = {
      primary: emptyStore(),
      backup: emptyStore(),
      compliance: emptyStore(),
      complianceBackup: emptyStore(),
    };
    let nextHopId: string | null = null;
    let fileStoreId: string | null = null;
    this.reportUnknownSettings(service);
    for (const dep of service.dependencies) {
      const target = this.doc.services.get(dep.serviceKey);
      if (!target) {
        this.unknownDependency(service, target, dep);
        continue;
      }
      if (target.roleName === NEXT_HOP_ROLE && dep.usage === NEXT_HOP_USAGE) {
        const host = this.doc.clusters.get(target.installedOn);
        nextHopId = (host && this.frontEndIdOf.get(host)) ?? nextHopId;
        continue;
      }
      if (target.roleName === FILE_STORE.roleName && dep.usage === FILE_STORE_USAGE) {
        fileStoreId = this.fileStoreIdOf.get(target) ?? fileStoreId;
        continue;
      }
      const slot = this.readSlot(service, target, dep)?.slot;
      const instance = this.doc.sqlInstances.get(target.installedOn);
      const instanceId = instance && this.sqlIdOf.get(instance);
      if (!slot) {
        this.unknownDependency(service, target, dep);
        continue;
      }
      if (!instanceId) continue;
      // A link the document states twice, or a reading by name that meets a link the table read,
      // keeps the first: what was read exactly is never overwritten by a guess.
      const field = slot.part === 'mirror' ? 'mirrorId' : 'sqlInstanceId';
      if (stores[slot.role][field] !== null) {
        this.unrecognised.add(
          `The Persistent Chat pool ${this.poolName(service)} links its ${slotWords(slot)} twice; the second link (${target.roleName} on ${this.instanceName(target)}, Usage "${dep.usage}") is not read, and kept as it is.`,
        );
        continue;
      }
      if (slot.part === 'mirror') stores[slot.role].mirrorId = instanceId;
      else {
        stores[slot.role].sqlInstanceId = instanceId;
        const witness = this.witnessOf(target);
        stores[slot.role].witnessId = (witness && this.sqlIdOf.get(witness)) ?? null;
      }
    }
    const used = (r: StoreRole) => stores[r].sqlInstanceId !== null || stores[r].mirrorId !== null;
    return {
      nextHopId,
      fileStoreId,
      stores,
      compliance: used('compliance') || used('complianceBackup'),
      disasterRecovery: used('backup') || used('complianceBackup'),
    };
  }

  /** What export writes for a pool's links, in design terms: references it cannot write drop out. */
  private expectedLinks(pool: PersistentChatPool, index: DesignIndex): PoolLinks {
    const stores: PersistentChatPool['stores'] = {
      primary: emptyStore(),
      backup: emptyStore(),
      compliance: emptyStore(),
      complianceBackup: emptyStore(),
    };
    for (const role of rolesInUse(pool)) {
      const a = pool.stores[role];
      const instance = index.sqlInstance(a.sqlInstanceId) ? a.sqlInstanceId : null;
      stores[role] = {
        sqlInstanceId: instance,
        mirrorId: index.sqlInstance(a.mirrorId) ? a.mirrorId : null,
        witnessId: instance && index.sqlInstance(a.witnessId) ? a.witnessId : null,
      };
    }
    return {
      nextHopId: index.frontEndPool(pool.nextHopId) ? pool.nextHopId : null,
      fileStoreId:
        pool.fileStoreId && index.byId.get(pool.fileStoreId)?.kind === 'fileStore' ? pool.fileStoreId : null,
      stores,
    };
  }

  private readPool(service: ServiceNode, id: string, cluster: ClusterNode | undefined): PersistentChatPool {
    const links = this.readLinks(service);
    const sip = service.ports
      ? childElements(service.ports, 'Port').find(
          (p) => attr(p, 'Owner') === PC_SIP_PORT.owner && attr(p, 'Usage') === PC_SIP_PORT.usage,
        )
      : undefined;
    const port = Number(sip ? attr(sip, 'Port') : PC_SIP_PORT.defaultPort);
    const fqdn = cluster?.fqdn ?? '';
    return {
      id,
      fqdn,
      displayName:
        (service.roleElement && attr(service.roleElement, PC_SERVICE.displayNameAttribute)) ?? fqdn,
      port: Number.isFinite(port) ? port : PC_SIP_PORT.defaultPort,
      computers:
        cluster?.singleMachine === true ||
        (cluster?.singleMachine === null &&
          cluster.machines.length === 1 &&
          fqdnKey(cluster.machines[0]!.fqdn ?? '') === fqdnKey(fqdn))
          ? 'single'
          : 'multiple',
      compliance: links.compliance,
      disasterRecovery: links.disasterRecovery,
      defaultFor: 'site',
      nextHopId: links.nextHopId,
      fileStoreId: links.fileStoreId,
      stores: links.stores,
      logShipping: logShippingSchema.parse({}),
      mirroringShareId: null,
      expectedConcurrentUsers: null,
      provisionedUsers: null,
      chatRoomAces: null,
    };
  }

  private buildPools(fallback: string): { pools: PersistentChatPool[]; servers: PersistentChatServer[] } {
    const previous = this.sidecar?.design;
    const index = this.sidecarIndex;
    const pools: PersistentChatPool[] = [];
    const rebuilt = new Map<string, ServiceNode>();
    const keptServersOf = new Set<string>();
    const done = new Set<ServiceNode>();
    for (const el of previous?.pools ?? []) {
      const key = this.sidecar!.bindings[el.id];
      const service = key === undefined ? undefined : this.doc.services.get(key);
      if (key === undefined) {
        pools.push(el);
        keptServersOf.add(el.id);
        continue;
      }
      if (!service || service.roleName !== PC_SERVICE.roleName || done.has(service)) continue;
      done.add(service);
      this.outBindings.set(el.id, service.key);
      const cluster = this.doc.hostCluster(service);
      const fromXml = this.readPool(service, el.id, cluster);
      const servers = index!.serversByPool.get(el.id) ?? [];
      const spec = persistentChatCluster(
        el,
        servers.map((s) => s.fqdn),
        this.flavour,
      );
      const machinesSame =
        cluster !== undefined &&
        same(expectedFacts(siteOfPool(index!, el, fallback), spec, this.flavour), clusterFacts(cluster));
      const sip = String(el.port);
      const settingsSame =
        fromXml.displayName === el.displayName &&
        String(fromXml.port) === sip &&
        same(this.expectedLinks(el, index!), {
          nextHopId: fromXml.nextHopId,
          fileStoreId: fromXml.fileStoreId,
          stores: fromXml.stores,
        });
      if (machinesSame) keptServersOf.add(el.id);
      else rebuilt.set(el.id, service);
      pools.push(
        settingsSame && machinesSame
          ? el
          : {
              ...el,
              fqdn: fromXml.fqdn,
              displayName: fromXml.displayName,
              port: fromXml.port,
              computers: fromXml.computers,
              nextHopId: fromXml.nextHopId,
              fileStoreId: fromXml.fileStoreId,
              stores: fromXml.stores,
              compliance: fromXml.compliance || el.compliance,
              disasterRecovery: fromXml.disasterRecovery || el.disasterRecovery,
            },
      );
    }
    for (const service of this.poolServices) {
      if (done.has(service)) continue;
      done.add(service);
      const id = this.freshId('pool', this.doc.hostCluster(service)?.fqdn ?? 'pchat');
      this.outBindings.set(id, service.key);
      pools.push(this.readPool(service, id, this.doc.hostCluster(service)));
      rebuilt.set(id, service);
    }
    // Servers: the sidecar's, where their pool's machines are as exported; read from the machines otherwise.
    const servers: PersistentChatServer[] = [];
    const sidecarPools = new Set((previous?.pools ?? []).map((p) => p.id));
    for (const s of previous?.servers ?? []) {
      // Servers export did not write (no pool, or a pool the design does not have) are the design's own.
      if (s.poolId === null || !sidecarPools.has(s.poolId) || keptServersOf.has(s.poolId)) servers.push(s);
    }
    for (const [poolId, service] of rebuilt) {
      const cluster = this.doc.hostCluster(service);
      if (!cluster) continue;
      const before = (index?.serversByPool.get(poolId) ?? []).slice();
      const site = cluster.site;
      for (const machine of cluster.machines) {
        const fqdn = machine.fqdn ?? cluster.fqdn;
        const at = before.findIndex((b) => fqdnKey(b.fqdn) === fqdnKey(fqdn));
        const reuse = at >= 0 ? before.splice(at, 1)[0] : undefined;
        servers.push(
          reuse
            ? { ...reuse, fqdn, dataCenterId: this.dataCenterIn(site, reuse.dataCenterId) }
            : {
                id: this.freshId('server', fqdn),
                fqdn,
                poolId,
                dataCenterId: this.dataCenterOf(site),
                adDomain: this.adDomain(fqdn),
                state: 'active',
                fileSystem: 'ntfs',
              },
        );
      }
    }
    if (servers.some((server) => !this.sidecarIndex?.byId.has(server.id))) {
      this.defaults.add(
        'Which Persistent Chat servers are active is Central Management Store state, not topology, so every imported server is active; mark the idle ones. Log-shipping settings, shares and planning figures are not in a topology document either and start empty.',
      );
    }
    return { pools, servers };
  }
}

/** One line per part of the document the designer does not model, for the import summary. */
function describeKept(doc: TopologyDoc, modelled: ReadonlySet<ServiceNode>): string[] {
  const lines: string[] = [];
  const root = doc.document.root;
  const partial =
    doc.flavour === 'tbxml' ? firstChild(firstChild(root, 'NewTopology') ?? root, 'PartialTopology') : root;
  if (partial && firstChild(partial, 'InternalDomains')) lines.push('Internal (SIP) domains');
  if (partial && firstChild(partial, 'SimpleUrlConfiguration')) lines.push('Simple URLs');
  const byRole = new Map<string, string[]>();
  let ports = 0;
  for (const service of doc.services.values()) {
    if (service.ports && childElements(service.ports, 'Port').length > 0) ports++;
    if (modelled.has(service) || PC_ROLES.has(service.roleName)) continue;
    const host = doc.hostCluster(service);
    const list = byRole.get(service.roleName) ?? [];
    list.push(host?.fqdn || service.installedOn || '(nowhere)');
    byRole.set(service.roleName, list);
  }
  for (const [role, hosts] of byRole) lines.push(`${role} service on ${[...new Set(hosts)].join(', ')}`);
  if (ports > 0) lines.push(`Ports of ${ports} service${ports === 1 ? '' : 's'}`);
  let interfaces = 0;
  for (const c of doc.clusters.values())
    for (const m of c.machines) interfaces += childElements(m.el, 'NetInterface').length;
  if (interfaces > 0)
    lines.push(`${interfaces} network interface${interfaces === 1 ? '' : 's'} (IP addresses) of machines`);
  const alwaysOn = [...doc.sqlInstances.values()].filter(
    (i) => attr(i.el, 'AlwaysOnPrimaryNodeFqdn') !== undefined,
  );
  if (alwaysOn.length > 0)
    lines.push(`Always On settings of ${alwaysOn.map((i) => i.cluster.fqdn).join(', ')}`);
  return lines;
}
