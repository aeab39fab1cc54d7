/**
 * Design → topology document. A design imported from a topology is written back into that
 * topology: its own elements are updated in place, what it adds is added, and everything it
 * does not model is left exactly as it was. A design made from scratch is written into an empty
 * document by the same code. Export is deterministic: GUIDs come from element ids and every
 * list is written in the design's order, so the same design gives the same bytes.
 */
import { indexDesign } from '../model/design-index.ts';
import { collectionOf } from '../model/types.ts';
import { pushTo } from '../model/groups.ts';
import type { DesignIndex } from '../model/design-index.ts';
import type {
  DataCenter,
  Design,
  DesignDocument,
  FileStore,
  FrontEndPool,
  PersistentChatPool,
  SqlInstance,
} from '../model/types.ts';
import { fqdnKey } from '../model/values.ts';
import { rolesInUse } from '../model/queries.ts';
import { detectFlavour } from './detect.ts';
import { TopologyXmlError, asTopologyXmlError } from './errors.ts';
import {
  BACK_END_STORE_ROLES,
  FILE_STORE,
  FRONT_END_ROLES,
  fileStoreElement,
  frontEndCluster,
  frontEndPorts,
  serverCluster,
} from './frontend-template.ts';
import type { Flavour } from './namespaces.ts';
import { NS } from './namespaces.ts';
import { openDocument } from './open-document.ts';
import { parseXml } from './parse.ts';
import {
  FILE_STORE_USAGE,
  LYNC_2013_SERVICE_VERSION,
  NEXT_HOP_ROLE,
  NEXT_HOP_USAGE,
  PC_SERVICE,
  PC_SIP_PORT,
  PC_STORE_ROLE,
  WITNESS_ROLE,
  WITNESS_USAGE,
  persistentChatCluster,
  persistentChatPortElement,
  persistentChatRoleElement,
  storeDependency,
  storeSlotOf,
} from './pchat-mapping.ts';
import { readPreserved } from './preserved.ts';
import { isSidecarComment, readSidecar, sidecarComment } from './sidecar.ts';
import { defaultSiteName, siteOfDataCenter, siteOfFrontEnd, siteOfPool } from './sites.ts';
import { defaultDomain, skeleton } from './skeleton.ts';
import type {
  ClusterNode,
  DependencySpec,
  ServiceNode,
  SiteNode,
  SqlInstanceNode,
  TopologyDoc,
} from './topology-doc.ts';
import type { XmlDocument } from './tree.ts';
import { attr, childElements, element, setAttr } from './tree.ts';
import { encodeXml, serializeXml } from './write.ts';
import { hasNonXmlChars } from './xml-chars.ts';

export interface ExportOptions {
  /** Defaults to the flavour the design was imported from, else the Topology Builder document. */
  flavour?: Flavour;
  /** FileName written on a new .tbxml's root, as Topology Builder records where it saved. */
  fileName?: string;
  /** Write the sidecar comment that lets a re-import restore the design (default true). */
  sidecar?: boolean;
}

export interface ExportOutput {
  flavour: Flavour;
  /** The document text, without the BOM. */
  text: string;
  /** The file's bytes: UTF-8 with a BOM. */
  bytes: Uint8Array;
  /** What the planner should know: guesses made, parts kept as they were. */
  notes: string[];
  /** Design element id → key of the XML object it became. */
  bindings: Record<string, string>;
}

export type ExportResult = ({ ok: true } & ExportOutput) | { ok: false; error: TopologyXmlError };

/** Exports a design document; never throws. */
export function exportTopology(document: DesignDocument, options: ExportOptions = {}): ExportResult {
  try {
    return { ok: true, ...exportOrThrow(document, options) };
  } catch (err) {
    return { ok: false, error: asTopologyXmlError(err, 'exported') };
  }
}

/**
 * Says which of the design's texts held characters XML cannot carry (written as U+FFFD, see
 * xml-chars.ts), so the planner can correct them; the rest came from the imported document.
 */
function replacedCharsNote(design: Design, replaced: number): string {
  const index = indexDesign(design);
  const places: string[] = [];
  const visit = (owner: string, path: string, value: unknown) => {
    if (typeof value === 'string') {
      if (hasNonXmlChars(value)) places.push(`${path} of ${owner}`);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(owner, `${path}[${i}]`, v));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(owner, path ? `${path}.${k}` : k, v);
  };
  visit('the design', '', { name: design.name, description: design.description });
  for (const collection of Object.values(collectionOf)) {
    for (const el of design[collection] as { id: string }[]) {
      const { id: _id, ...fields } = el;
      visit(index.label(el.id), '', fields);
    }
  }
  const count = replaced === 1 ? 'One character' : `${replaced} characters`;
  const where =
    places.length > 0
      ? ` They are in: ${places.slice(0, 10).join('; ')}${places.length > 10 ? `; and ${places.length - 10} more` : ''}.`
      : ' They are in the parts of the imported topology that the designer keeps as they were.';
  return `${count} that XML cannot carry (control characters, U+FFFE, U+FFFF or unpaired surrogates) ${replaced === 1 ? 'was' : 'were'} written as U+FFFD, so that the file opens again.${where} Correct ${places.length === 1 ? 'that text' : 'those texts'} in the designer and export again.`;
}

/** Exports a design document; throws TopologyXmlError. */
export function exportOrThrow(document: DesignDocument, options: ExportOptions = {}): ExportOutput {
  const preserved = readPreserved(document.preservedTopology);
  const flavour = options.flavour ?? preserved?.flavour ?? 'tbxml';
  const design = document.design;
  let xml: XmlDocument;
  let bindings: Record<string, string> = {};
  const notes: string[] = [];
  if (preserved) {
    xml = parseXml(preserved.source);
    if (detectFlavour(xml.root) !== preserved.flavour) {
      throw new TopologyXmlError(
        'preserved',
        'The design’s copy of its imported topology does not match the flavour recorded with it, so it cannot be written back safely. Import the original topology again.',
      );
    }
    if (flavour !== preserved.flavour) {
      throw new TopologyXmlError(
        'preserved',
        `This design was imported from a ${preserved.flavour === 'tbxml' ? 'Topology Builder document (.tbxml)' : 'published topology (Get-CsTopology -AsXml)'}, and it can only be exported in that flavour: converting the parts the designer does not model to the other flavour is not supported, and dropping them would lose part of your topology. Export it as ${preserved.flavour}.`,
      );
    }
    bindings = preserved.bindings;
  } else {
    const domain = defaultDomain(design);
    xml = skeleton(flavour, domain, options.fileName ?? 'pchat-topology.tbxml');
    notes.push(
      domain
        ? `The default SIP domain is set to ${domain}, the DNS domain of the pools; a design has no SIP domains, so check it in Topology Builder.`
        : 'The design names no domain, so the default SIP domain is empty; set it in Topology Builder.',
    );
  }
  const doc = openDocument(xml);
  // The site for elements that name none stays what the last export chose, so exports are stable.
  const previous = xml.prolog.map((n) => (n.type === 'comment' ? readSidecar(n.value) : undefined));
  const last = previous.find((r) => r?.status === 'valid');
  const fallback = defaultSiteName(
    design.dataCenters,
    (last?.status === 'valid' && last.sidecar.fallbackSite) || doc.sites[0]?.name,
  );
  const exporter = new Exporter(design, doc, bindings, notes, fallback);
  exporter.run();
  for (const problem of doc.problems) notes.push(`Kept as it was: ${problem}`);
  const newBindings = exporter.bindings();
  xml.prolog = xml.prolog.filter((n) => n.type !== 'comment' || !isSidecarComment(n.value));
  if (options.sidecar !== false) {
    const sites = doc.sites.map((s) => s.key);
    xml.prolog.unshift(sidecarComment(design, newBindings, sites, exporter.fallbackSite));
  }
  const stats = { replaced: 0 };
  const text = serializeXml(xml, stats);
  if (stats.replaced > 0) notes.push(replacedCharsNote(design, stats.replaced));
  return { flavour, text, bytes: encodeXml(text), notes, bindings: newBindings };
}

type Bound =
  | { kind: 'site'; node: SiteNode }
  | { kind: 'cluster'; node: ClusterNode }
  | { kind: 'sql'; node: SqlInstanceNode }
  | { kind: 'service'; node: ServiceNode };

const PC_STORE_ROLES: ReadonlySet<string> = new Set([PC_STORE_ROLE.content, PC_STORE_ROLE.compliance]);

class Exporter {
  private readonly index: DesignIndex;
  private readonly flavour: Flavour;
  private readonly serviceVersion: string;
  private readonly claimed = new Set<object>();
  private readonly bound = new Map<string, Bound>();
  private readonly touched = new Set<ClusterNode>();
  private readonly sqlNodes = new Map<string, SqlInstanceNode>();
  private readonly fileStoreNodes = new Map<string, ServiceNode>();
  private readonly frontEndNodes = new Map<string, ClusterNode>();
  private readonly frontEndClusters = new Set<ClusterNode>();
  private readonly poolClusters = new Set<ClusterNode>();
  /** Store services by the instance they are on and their role name, found or created once. */
  private readonly storesOn = new Map<SqlInstanceNode, Map<string, ServiceNode[]>>();
  /** Persistent Chat store services already serving a store link in this export. */
  private readonly slotted = new Set<ServiceNode>();
  private readonly registrarOn = new Map<ClusterNode, ServiceNode>();
  private readonly fileStoresOn = new Map<ClusterNode, ServiceNode[]>();
  /** SQL instances by computer and lower-cased instance name: a server may hold thousands. */
  private readonly instancesIn = new Map<ClusterNode, Map<string, SqlInstanceNode[]>>();
  /** Witness services each store service should depend on, gathered over all pools. */
  private readonly witnessesOf = new Map<ServiceNode, ServiceNode[]>();

  constructor(
    private readonly design: Design,
    private readonly doc: TopologyDoc,
    private readonly oldBindings: Readonly<Record<string, string>>,
    private readonly notes: string[],
    readonly fallbackSite: string,
  ) {
    this.index = indexDesign(design);
    this.flavour = doc.flavour;
    this.serviceVersion = doc.serviceVersion(LYNC_2013_SERVICE_VERSION);
    for (const instance of doc.sqlInstances.values()) this.listInstance(instance);
    for (const service of doc.services.values()) this.listService(service);
  }

  private readonly unclaimedFrom = new WeakMap<SqlInstanceNode[], number>();

  private firstUnclaimed(list: SqlInstanceNode[]): SqlInstanceNode | undefined {
    let i = this.unclaimedFrom.get(list) ?? 0;
    while (i < list.length && this.claimed.has(list[i]!)) i++;
    this.unclaimedFrom.set(list, i);
    return list[i];
  }

  private listInstance(instance: SqlInstanceNode): void {
    let byName = this.instancesIn.get(instance.cluster);
    if (!byName) this.instancesIn.set(instance.cluster, (byName = new Map()));
    pushTo(byName, instance.name.toLowerCase(), instance);
  }

  private listService(service: ServiceNode): void {
    const instance = this.doc.sqlInstances.get(service.installedOn);
    if (instance) {
      this.listStore(instance, service);
      return;
    }
    const cluster = this.doc.clusters.get(service.installedOn);
    if (!cluster) return;
    if (service.roleName === NEXT_HOP_ROLE && !this.registrarOn.has(cluster))
      this.registrarOn.set(cluster, service);
    if (service.roleName === FILE_STORE.roleName) pushTo(this.fileStoresOn, cluster, service);
  }

  run(): void {
    // Clusters in the order Topology Builder users tend to add them: Front End, Persistent Chat, then servers.
    this.placeSites();
    const newFrontEnds = this.design.frontEndPools.filter((fe) => this.placeFrontEnd(fe));
    for (const pool of this.design.pools) this.placePoolCluster(pool);
    for (const instance of this.design.sqlInstances) this.placeSqlInstance(instance);
    for (const store of this.design.fileStores) this.placeFileStore(store);
    for (const fe of newFrontEnds) this.addFrontEndServices(fe, this.frontEndNodes.get(fe.id)!);
    for (const pool of this.design.pools) this.placePool(pool);
    this.applyWitnesses();
    this.removeDeleted();
  }

  /** Design id → key, read at the end because a published SQL instance's key changes with its name. */
  bindings(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [id, b] of this.bound) out[id] = b.node.key;
    return out;
  }

  private claim<T extends object>(node: T): T {
    this.claimed.add(node);
    return node;
  }

  /** The XML object an element was imported as or last exported to, if it is still there and free. */
  private previous(id: string): Bound | undefined {
    const key = this.oldBindings[id];
    if (key === undefined) return undefined;
    const site = this.doc.sites.find((s) => s.key === key);
    const found: Bound | undefined = site
      ? { kind: 'site', node: site }
      : this.doc.clusters.has(key)
        ? { kind: 'cluster', node: this.doc.clusters.get(key)! }
        : this.doc.sqlInstances.has(key)
          ? { kind: 'sql', node: this.doc.sqlInstances.get(key)! }
          : this.doc.services.has(key)
            ? { kind: 'service', node: this.doc.services.get(key)! }
            : undefined;
    return found && !this.claimed.has(found.node) ? found : undefined;
  }

  // Sites ---------------------------------------------------------------------------------

  /** Sites renamed through their data center, by their old name: what still names the old one follows. */
  private readonly renamedFrom = new Map<string, SiteNode>();

  private siteNamed(name: string): SiteNode | undefined {
    return this.doc.siteByName(name) ?? this.renamedFrom.get(name);
  }

  private siteFor(name: string): SiteNode {
    return this.siteNamed(name) ?? this.doc.addSite(name);
  }

  private placeSites(): void {
    const renamed = new Set<SiteNode>();
    for (const dc of this.design.dataCenters) {
      const before = this.previous(dc.id);
      if (before?.kind !== 'site' || renamed.has(before.node)) continue;
      renamed.add(before.node);
      const want = siteOfDataCenter(this.index, dc.id, this.fallbackSite);
      if (before.node.name !== want && !this.doc.siteByName(want)) {
        this.renamedFrom.set(before.node.name, before.node);
        this.doc.renameSite(before.node, want);
      }
    }
    for (const dc of this.design.dataCenters) this.bindDataCenter(dc);
  }

  private bindDataCenter(dc: DataCenter): void {
    const site = this.siteFor(siteOfDataCenter(this.index, dc.id, this.fallbackSite));
    this.bound.set(dc.id, { kind: 'site', node: site });
  }

  // Servers that host SQL instances and file shares ------------------------------------------

  private hostFor(site: SiteNode, fqdn: string): ClusterNode {
    return (
      this.doc.findCluster(site, fqdn) ??
      this.doc.addCluster(site, serverCluster(fqdn, this.flavour, `server:${site.siteId}:${fqdnKey(fqdn)}`))
    );
  }

  private placeSqlInstance(instance: SqlInstance): void {
    const site = this.siteFor(siteOfDataCenter(this.index, instance.dataCenterId, this.fallbackSite));
    const before = this.previous(instance.id);
    let node: SqlInstanceNode;
    if (before?.kind === 'sql') {
      node = before.node;
      const current = node.cluster;
      const stays = current.site === site && fqdnKey(current.fqdn) === fqdnKey(instance.serverFqdn);
      if (!stays) {
        this.doc.moveSqlInstance(node, this.hostFor(site, instance.serverFqdn));
        this.touched.add(current);
      }
      if (node.name !== instance.instanceName) this.doc.renameSqlInstance(node, instance.instanceName);
    } else {
      const cluster = this.hostFor(site, instance.serverFqdn);
      const named = this.instancesIn.get(cluster)?.get(instance.instanceName.toLowerCase()) ?? [];
      // Claimed ones are passed over for good, so the search starts where the last one ended.
      const free = this.firstUnclaimed(named);
      // A published topology names an instance by server and name, so a second one of both is the first.
      const twin = this.flavour === 'published' && !free ? named[0] : undefined;
      if (twin) {
        this.notes.push(
          `Two SQL instances of the design are both ${cluster.fqdn}${instance.instanceName ? `\\${instance.instanceName}` : ''}; a published topology cannot tell them apart, so they are written as one.`,
        );
      }
      node =
        free ?? twin ?? this.doc.addSqlInstance(cluster, instance.instanceName, `sqlInstance:${instance.id}`);
      if (!free && !twin) this.listInstance(node);
    }
    this.claim(node);
    this.sqlNodes.set(instance.id, node);
    this.bound.set(instance.id, { kind: 'sql', node });
  }

  private placeFileStore(store: FileStore): void {
    const site = this.siteFor(siteOfDataCenter(this.index, store.dataCenterId, this.fallbackSite));
    const cluster = this.hostFor(site, store.serverFqdn);
    const before = this.previous(store.id);
    let service: ServiceNode;
    if (before?.kind === 'service' && before.node.roleName === FILE_STORE.roleName) {
      service = before.node;
      const host = this.doc.hostCluster(service);
      if (host !== cluster) {
        if (host) this.touched.add(host);
        this.doc.setInstalledOn(service, cluster.key);
      }
      this.setShareName(service, store.shareName);
    } else {
      const same = (this.fileStoresOn.get(cluster) ?? []).find(
        (s) => !this.claimed.has(s) && s.roleElement && attr(s.roleElement, 'ShareName') === store.shareName,
      );
      service =
        same ??
        this.doc.addService(site, {
          roleName: FILE_STORE.roleName,
          roleVersion: FILE_STORE.roleVersion,
          serviceVersion: this.serviceVersion,
          type: FILE_STORE.type,
          installedOn: cluster.key,
          dependencies: [],
          ports: [],
          roleElement: fileStoreElement(store.shareName),
          seed: `fileStore:${store.id}`,
        });
    }
    this.claim(service);
    this.fileStoreNodes.set(store.id, service);
    this.bound.set(store.id, { kind: 'service', node: service });
  }

  private setShareName(service: ServiceNode, shareName: string): void {
    if (!service.roleElement) {
      service.roleElement = fileStoreElement(shareName);
      service.el.children.push(service.roleElement);
    } else if (attr(service.roleElement, 'ShareName') !== shareName) {
      setAttr(service.roleElement, 'ShareName', shareName);
    }
  }

  // Front End pools -------------------------------------------------------------------------

  /** Places the pool's cluster; true when it still needs the Front End services. */
  private placeFrontEnd(fe: FrontEndPool): boolean {
    const siteName = siteOfFrontEnd(this.index, fe, this.fallbackSite);
    const spec = frontEndCluster(fe, this.flavour);
    const before = this.previous(fe.id);
    let cluster: ClusterNode;
    let needsServices = false;
    if (before?.kind === 'cluster') {
      cluster = before.node;
      // A pool already in the document stays where it is; no site is made for a move that is not done.
      if (this.siteNamed(siteName) !== cluster.site)
        this.notStaying('Front End pool', fe.fqdn, cluster, siteName);
      if (cluster.fqdn !== fe.fqdn) this.doc.setClusterFqdn(cluster, fe.fqdn);
      this.doc.setMachines(cluster, spec.singleMachine, spec.machines);
    } else {
      const site = this.siteFor(siteName);
      const existing = this.doc.findCluster(site, fe.fqdn);
      if (existing && !this.claimed.has(existing)) {
        cluster = existing;
        this.doc.setMachines(cluster, spec.singleMachine, spec.machines);
      } else {
        cluster = this.doc.addCluster(site, spec);
      }
      needsServices = !this.registrarOn.has(cluster);
    }
    this.claim(cluster);
    this.frontEndNodes.set(fe.id, cluster);
    this.frontEndClusters.add(cluster);
    this.bound.set(fe.id, { kind: 'cluster', node: cluster });
    return needsServices;
  }

  private listStore(instance: SqlInstanceNode, service: ServiceNode): void {
    let byRole = this.storesOn.get(instance);
    if (!byRole) this.storesOn.set(instance, (byRole = new Map()));
    const list = byRole.get(service.roleName);
    if (list) list.push(service);
    else byRole.set(service.roleName, [service]);
  }

  /**
   * The store service of a role on an instance, found or created. A Persistent Chat store link
   * (`slot`) gets a service of its own, so each keeps its own witness even in a design that puts
   * two links on one instance; back-end stores and witnesses are shared.
   */
  private storeService(roleName: string, instance: SqlInstanceNode, seed: string, slot = false): ServiceNode {
    const list = this.storesOn.get(instance)?.get(roleName) ?? [];
    const found = slot ? list.find((s) => !this.slotted.has(s)) : list[0];
    const service =
      found ??
      this.doc.addService(instance.cluster.site, {
        roleName,
        roleVersion: '1',
        serviceVersion: this.serviceVersion,
        installedOn: instance.key,
        dependencies: [],
        ports: [],
        seed,
      });
    if (!found) this.listStore(instance, service);
    if (slot) this.slotted.add(service);
    return service;
  }

  private addFrontEndServices(fe: FrontEndPool, cluster: ClusterNode): void {
    const site = cluster.site;
    const backEnd = this.design.sqlInstances.find((i) => i.backEndPoolIds.includes(fe.id));
    const backEndNode = backEnd ? this.sqlNodes.get(backEnd.id) : undefined;
    const byRole = new Map<string, ServiceNode>();
    if (backEnd && backEndNode) {
      for (const role of BACK_END_STORE_ROLES) {
        byRole.set(role, this.storeService(role, backEndNode, `${role}:${fe.id}:${backEnd.id}`));
      }
    }
    for (const role of FRONT_END_ROLES) {
      const service = this.doc.addService(site, {
        roleName: role.roleName,
        roleVersion: role.roleVersion,
        serviceVersion: this.serviceVersion,
        ...(role.type === undefined ? {} : { type: role.type }),
        installedOn: cluster.key,
        dependencies: [],
        ports: frontEndPorts(role.roleName),
        ...(role.roleElement ? { roleElement: role.roleElement(fe.fqdn) } : {}),
        seed: `frontEndPool:${fe.id}:${role.roleName}`,
      });
      byRole.set(role.roleName, service);
    }
    for (const role of FRONT_END_ROLES) {
      const deps: DependencySpec[] = [];
      for (const name of role.dependsOn) {
        const target = byRole.get(name);
        if (target) deps.push({ serviceKey: target.key, usage: 'Default' });
      }
      this.doc.setDependencies(byRole.get(role.roleName)!, deps);
    }
    this.registrarOn.set(cluster, byRole.get(NEXT_HOP_ROLE)!);
    this.notes.push(
      `The Front End pool ${fe.fqdn} is written with the services Topology Builder gives a Front End pool${backEnd ? '' : ', but without its user and application stores, because no SQL instance in the design lists it as a back-end pool'}. Its file store and the Central Management Store are not part of the design; add them in Topology Builder if the topology does not have them yet.`,
    );
  }

  // Persistent Chat pools -------------------------------------------------------------------

  private readonly poolClusterOf = new Map<string, ClusterNode>();
  private readonly poolServiceOf = new Map<string, ServiceNode>();

  /** The pool's cluster: one cluster in one site holding the machines of both data centers. */
  private notStaying(what: string, fqdn: string, cluster: ClusterNode, wanted: string): void {
    this.notes.push(
      `The ${what} ${fqdn} stays in site ${cluster.site.name} although the design puts it in ${wanted || 'no site'}: moving a pool between sites is done in Topology Builder.`,
    );
  }

  private placePoolCluster(pool: PersistentChatPool): void {
    const siteName = siteOfPool(this.index, pool, this.fallbackSite);
    const servers = this.index.serversByPool.get(pool.id) ?? [];
    const spec = persistentChatCluster(
      pool,
      servers.map((s) => s.fqdn),
      this.flavour,
    );
    const before = this.previous(pool.id);
    const service =
      before?.kind === 'service' && before.node.roleName === PC_SERVICE.roleName ? before.node : undefined;
    let cluster = service ? this.doc.hostCluster(service) : undefined;
    if (!cluster) {
      const site = this.siteFor(siteName);
      const existing = this.doc.findCluster(site, pool.fqdn);
      cluster = existing && !this.poolClusters.has(existing) ? existing : this.doc.addCluster(site, spec);
    }
    this.poolClusters.add(cluster);
    if (this.frontEndClusters.has(cluster)) {
      this.notes.push(
        `The Persistent Chat pool ${pool.fqdn} shares its computer with the Front End ${cluster.fqdn} (Standard Edition collocation), so the machines of that cluster are the Front End's and are left as they are.`,
      );
    } else {
      if (cluster.site.name !== siteName)
        this.notStaying('Persistent Chat pool', pool.fqdn, cluster, siteName);
      if (cluster.fqdn !== pool.fqdn) this.doc.setClusterFqdn(cluster, pool.fqdn);
      this.doc.setMachines(cluster, spec.singleMachine, spec.machines);
    }
    this.claim(cluster);
    if (service) this.claim(service);
    this.poolClusterOf.set(pool.id, cluster);
    if (service) this.poolServiceOf.set(pool.id, service);
  }

  /** The pool's service, its settings and its links to the next hop, the file store and the stores. */
  private placePool(pool: PersistentChatPool): void {
    const cluster = this.poolClusterOf.get(pool.id)!;
    let service = this.poolServiceOf.get(pool.id);
    if (!service) {
      service = this.doc.addService(cluster.site, {
        roleName: PC_SERVICE.roleName,
        roleVersion: PC_SERVICE.roleVersion,
        serviceVersion: this.serviceVersion,
        type: PC_SERVICE.type,
        installedOn: cluster.key,
        dependencies: [],
        ports: [persistentChatPortElement(pool.port)],
        roleElement: persistentChatRoleElement(pool),
        seed: `pool:${pool.id}`,
      });
      this.claim(service);
    } else if (service.installedOn !== cluster.key) {
      this.doc.setInstalledOn(service, cluster.key);
    }
    this.updatePoolSettings(service, pool);
    this.doc.setDependencies(service, [
      ...this.poolDependencies(pool),
      ...this.unmodelledDependencies(service),
    ]);
    this.bound.set(pool.id, { kind: 'service', node: service });
  }

  private updatePoolSettings(service: ServiceNode, pool: PersistentChatPool): void {
    if (!service.roleElement) {
      service.roleElement = persistentChatRoleElement(pool);
      service.el.children.push(service.roleElement);
    } else if (attr(service.roleElement, PC_SERVICE.displayNameAttribute) !== pool.displayName) {
      setAttr(service.roleElement, PC_SERVICE.displayNameAttribute, pool.displayName);
    }
    let ports = service.ports;
    if (!ports) {
      ports = element('Ports', NS.serviceRoles, [], [], true);
      const at = service.roleElement ? service.el.children.indexOf(service.roleElement) : -1;
      if (at >= 0) service.el.children.splice(at, 0, ports);
      else service.el.children.push(ports);
      service.ports = ports;
    }
    const sip = childElements(ports, 'Port').find(
      (p) => attr(p, 'Owner') === PC_SIP_PORT.owner && attr(p, 'Usage') === PC_SIP_PORT.usage,
    );
    if (!sip) ports.children.push(persistentChatPortElement(pool.port));
    else if (attr(sip, 'Port') !== String(pool.port)) setAttr(sip, 'Port', String(pool.port));
  }

  private poolDependencies(pool: PersistentChatPool): DependencySpec[] {
    const deps: DependencySpec[] = [];
    const seen = new Set<string>();
    const add = (serviceKey: string, usage: string) => {
      const k = `${serviceKey}|${usage}`;
      if (!seen.has(k)) {
        seen.add(k);
        deps.push({ serviceKey, usage });
      }
    };
    const hop = this.index.frontEndPool(pool.nextHopId);
    const hopCluster = hop ? this.frontEndNodes.get(hop.id) : undefined;
    const registrar = hopCluster ? this.registrarOn.get(hopCluster) : undefined;
    if (registrar) add(registrar.key, NEXT_HOP_USAGE);
    else if (hop)
      this.notes.push(
        `The next hop of ${pool.fqdn}, ${hop.fqdn}, has no Registrar service in the topology, so the pool is written without a next hop.`,
      );
    const fileStore = pool.fileStoreId ? this.fileStoreNodes.get(pool.fileStoreId) : undefined;
    if (fileStore) add(fileStore.key, FILE_STORE_USAGE);
    for (const role of rolesInUse(pool)) {
      const assignment = pool.stores[role];
      for (const part of ['instance', 'mirror'] as const) {
        const id = part === 'instance' ? assignment.sqlInstanceId : assignment.mirrorId;
        const instance = id ? this.sqlNodes.get(id) : undefined;
        if (!instance) continue;
        const { roleName, usage } = storeDependency({ role, part });
        const store = this.storeService(roleName, instance, `${roleName}:${id}`, true);
        add(store.key, usage);
        const witness =
          part === 'instance' && assignment.witnessId ? this.sqlNodes.get(assignment.witnessId) : undefined;
        if (witness)
          this.addWitness(
            store,
            this.storeService(WITNESS_ROLE, witness, `${WITNESS_ROLE}:${assignment.witnessId}`),
          );
      }
    }
    return deps;
  }

  private addWitness(store: ServiceNode, witness: ServiceNode): void {
    const list = this.witnessesOf.get(store);
    if (!list) this.witnessesOf.set(store, [witness]);
    else if (!list.includes(witness)) list.push(witness);
  }

  /** Dependencies of a Persistent Chat service that the mapping does not describe stay as they were. */
  private unmodelledDependencies(service: ServiceNode): DependencySpec[] {
    return service.dependencies
      .filter((d) => {
        const target = this.doc.services.get(d.serviceKey);
        if (!target) return true;
        if (target.roleName === NEXT_HOP_ROLE && d.usage === NEXT_HOP_USAGE) return false;
        if (target.roleName === FILE_STORE.roleName && d.usage === FILE_STORE_USAGE) return false;
        return storeSlotOf(target.roleName, d.usage) === undefined;
      })
      .map((d) => ({ serviceKey: d.serviceKey, usage: d.usage }));
  }

  private applyWitnesses(): void {
    for (const service of this.doc.services.values()) {
      if (!PC_STORE_ROLES.has(service.roleName)) continue;
      const wanted = (this.witnessesOf.get(service) ?? []).map((w) => ({
        serviceKey: w.key,
        usage: WITNESS_USAGE,
      }));
      const others = service.dependencies
        .filter(
          (d) =>
            !(d.usage === WITNESS_USAGE && this.doc.services.get(d.serviceKey)?.roleName === WITNESS_ROLE),
        )
        .map((d) => ({ serviceKey: d.serviceKey, usage: d.usage }));
      if (wanted.length > 0 || others.length !== service.dependencies.length) {
        this.doc.setDependencies(service, [...wanted, ...others]);
      }
    }
  }

  // What the planner deleted ----------------------------------------------------------------

  private removeDeleted(): void {
    const inDesign = new Set(this.index.byId.keys());
    for (const service of [...this.doc.services.values()]) {
      if (service.roleName === PC_SERVICE.roleName && !this.claimed.has(service)) {
        const host = this.doc.hostCluster(service);
        if (host) this.touched.add(host);
        this.doc.removeService(service);
      }
    }
    // Store services first, then the witnesses only they depended on.
    for (const roles of [PC_STORE_ROLES, new Set([WITNESS_ROLE])]) {
      const counts = this.doc.referenceCounts();
      for (const service of [...this.doc.services.values()]) {
        if (roles.has(service.roleName) && !counts.get(service.key)) {
          const host = this.doc.hostCluster(service);
          if (host) this.touched.add(host);
          this.doc.removeService(service);
        }
      }
    }
    const used = this.doc.referenceCounts();
    for (const [id, key] of Object.entries(this.oldBindings)) {
      if (inDesign.has(id)) continue;
      const service = this.doc.services.get(key);
      if (service && service.roleName === FILE_STORE.roleName && !this.claimed.has(service)) {
        if (used.get(key)) {
          this.notes.push(
            `The file store ${key} was removed from the design, but other services still use it, so it stays in the topology.`,
          );
        } else {
          const host = this.doc.hostCluster(service);
          if (host) this.touched.add(host);
          this.doc.removeService(service);
        }
      }
    }
    const counts = this.doc.referenceCounts();
    for (const [id, key] of Object.entries(this.oldBindings)) {
      if (inDesign.has(id)) continue;
      const instance = this.doc.sqlInstances.get(key);
      if (instance && !this.claimed.has(instance)) {
        if (counts.get(key)) {
          this.notes.push(
            `The SQL instance ${instance.cluster.fqdn}${instance.name ? `\\${instance.name}` : ''} was removed from the design, but it still holds other stores, so it stays in the topology.`,
          );
        } else {
          this.touched.add(instance.cluster);
          this.doc.removeSqlInstance(instance);
        }
      }
      const cluster = this.doc.clusters.get(key);
      if (cluster && !this.claimed.has(cluster)) {
        this.notes.push(
          `The Front End pool ${cluster.fqdn} was removed from the design but stays in the topology: remove it in Topology Builder, where its other services and users are handled.`,
        );
      }
    }
    const after = this.doc.referenceCounts();
    for (const cluster of this.touched) {
      if (this.claimed.has(cluster) || after.get(cluster.key) || !this.doc.clusters.has(cluster.key))
        continue;
      this.doc.removeCluster(cluster);
    }
  }
}
