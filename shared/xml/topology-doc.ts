/**
 * A topology document seen as what it describes — sites, clusters with their machines, SQL
 * instances and services — while the XML tree stays the single source of truth. Each node
 * keeps its element, so an edit changes the element in place and everything the designer does
 * not model (ports, role settings, NetInterfaces, attributes it has never heard of) stays
 * untouched. The two flavours differ in nesting and in how they cross-reference (GUIDs against
 * SiteId/Number/Instance), so each implements the edits; the keys they hand out are opaque
 * strings that the rest of the module only compares.
 */
import type { Flavour } from './namespaces.ts';
import type { XmlDocument, XmlElement } from './tree.ts';
import { childElements, element } from './tree.ts';
import { fqdnKey } from '../model/values.ts';

export interface SiteNode {
  key: string;
  siteId: string;
  name: string;
  el: XmlElement;
}

export interface MachineNode {
  /** Null for the `<Machine />` of a single-machine cluster in a .tbxml: the cluster's FQDN is its name. */
  fqdn: string | null;
  el: XmlElement;
}

export interface ClusterNode {
  key: string;
  site: SiteNode;
  fqdn: string;
  /** IsSingleMachineOnly; the published flavour does not write it, so it is null there. */
  singleMachine: boolean | null;
  machines: MachineNode[];
  el: XmlElement;
}

export interface SqlInstanceNode {
  key: string;
  cluster: ClusterNode;
  name: string;
  el: XmlElement;
}

export interface DependencyNode {
  serviceKey: string;
  usage: string;
  el: XmlElement;
}

export interface ServiceNode {
  key: string;
  roleName: string;
  /** The cluster or SQL instance key it is installed on; '' when the document names none. */
  installedOn: string;
  dependencies: DependencyNode[];
  el: XmlElement;
  /** The role-specific child (RegistrarService, FileStoreService, …), when there is one. */
  roleElement: XmlElement | undefined;
  ports: XmlElement | undefined;
}

export interface MachineSpec {
  fqdn: string | null;
  faultDomain?: string;
  upgradeDomain?: string;
  /** InterfaceSide of each NetInterface to write (IP 0.0.0.0, as Topology Builder writes new ones). */
  interfaces: readonly string[];
}

export interface ClusterSpec {
  fqdn: string;
  singleMachine: boolean;
  requiresReplication: boolean;
  requiresSetup: boolean;
  machines: readonly MachineSpec[];
  /** A stable name the GUID is derived from. */
  seed: string;
}

export interface DependencySpec {
  serviceKey: string;
  usage: string;
}

export interface ServiceSpec {
  roleName: string;
  roleVersion: string;
  serviceVersion: string;
  type?: string;
  installedOn: string;
  dependencies: readonly DependencySpec[];
  ports: XmlElement[];
  roleElement?: XmlElement;
  seed: string;
}

export abstract class TopologyDoc {
  abstract readonly flavour: Flavour;
  readonly sites: SiteNode[] = [];
  readonly clusters = new Map<string, ClusterNode>();
  readonly sqlInstances = new Map<string, SqlInstanceNode>();
  readonly services = new Map<string, ServiceNode>();
  /** Oddities met while reading (a dangling reference, a duplicate id); kept as they are, and reported. */
  readonly problems: string[] = [];

  constructor(readonly document: XmlDocument) {}

  /** The cluster a service runs on: the cluster itself, or the cluster holding its SQL instance. */
  hostCluster(service: ServiceNode): ClusterNode | undefined {
    return this.clusters.get(service.installedOn) ?? this.sqlInstances.get(service.installedOn)?.cluster;
  }

  siteOfService(service: ServiceNode): SiteNode | undefined {
    return this.hostCluster(service)?.site;
  }

  siteByName(name: string): SiteNode | undefined {
    return this.sites.find((s) => s.name === name);
  }

  /** The first cluster in the site with this FQDN, compared as DNS compares names. */
  findCluster(site: SiteNode, fqdn: string): ClusterNode | undefined {
    return this.clusterIndex.get(clusterIndexKey(site, fqdn))?.[0];
  }

  private readonly clusterIndex = new Map<string, ClusterNode[]>();

  protected indexCluster(cluster: ClusterNode): void {
    if (this.clusters.has(cluster.key)) {
      this.problems.push(
        `Two clusters share the identity ${cluster.key}; the second (${cluster.fqdn}) is kept as it is but not read.`,
      );
      return;
    }
    this.clusters.set(cluster.key, cluster);
    const k = clusterIndexKey(cluster.site, cluster.fqdn);
    const list = this.clusterIndex.get(k);
    if (list) list.push(cluster);
    else this.clusterIndex.set(k, [cluster]);
  }

  protected unindexCluster(cluster: ClusterNode): void {
    this.clusters.delete(cluster.key);
    const k = clusterIndexKey(cluster.site, cluster.fqdn);
    const list = this.clusterIndex.get(k)?.filter((c) => c !== cluster);
    if (list && list.length > 0) this.clusterIndex.set(k, list);
    else this.clusterIndex.delete(k);
  }

  /** Renames a cluster in the index; the flavour writes the attribute. */
  protected reindexCluster(cluster: ClusterNode, fqdn: string): void {
    this.unindexCluster(cluster);
    cluster.fqdn = fqdn;
    this.indexCluster(cluster);
  }

  /** How many references (InstalledOn and dependencies) point at each key. */
  referenceCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const s of this.services.values()) {
      if (s.installedOn) bump(s.installedOn);
      for (const d of s.dependencies) bump(d.serviceKey);
    }
    for (const i of this.sqlInstances.values()) bump(i.cluster.key);
    return counts;
  }

  /** The most common ServiceVersion in the document: new services match what is already there. */
  serviceVersion(fallback: string): string {
    const counts = new Map<string, number>();
    for (const s of this.services.values()) {
      const v = s.el.attrs.find((a) => a.name === 'ServiceVersion')?.value;
      if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    let best = fallback;
    let most = 0;
    for (const [v, n] of counts) if (n > most) [best, most] = [v, n];
    return best;
  }

  protected indexService(node: ServiceNode): void {
    if (this.services.has(node.key)) {
      this.problems.push(
        `Two services share the identity ${node.key}; the second (${node.roleName}) is kept as it is but not read.`,
      );
      return;
    }
    this.services.set(node.key, node);
  }

  protected checkReferences(): void {
    for (const s of this.services.values()) {
      if (!s.installedOn)
        this.problems.push(`The ${s.roleName} service ${s.key} is not installed on anything.`);
      else if (!this.hostCluster(s))
        this.problems.push(
          `The ${s.roleName} service ${s.key} is installed on ${s.installedOn}, which the document does not define.`,
        );
      for (const d of s.dependencies) {
        if (!this.services.has(d.serviceKey)) {
          this.problems.push(
            `The ${s.roleName} service ${s.key} depends on ${d.serviceKey}, which the document does not define.`,
          );
        }
      }
    }
  }

  abstract addSite(name: string): SiteNode;
  abstract renameSite(site: SiteNode, name: string): void;
  abstract addCluster(site: SiteNode, spec: ClusterSpec): ClusterNode;
  abstract setClusterFqdn(cluster: ClusterNode, fqdn: string): void;
  abstract setMachines(cluster: ClusterNode, singleMachine: boolean, machines: readonly MachineSpec[]): void;
  abstract addSqlInstance(cluster: ClusterNode, name: string, seed: string): SqlInstanceNode;
  abstract renameSqlInstance(instance: SqlInstanceNode, name: string): void;
  abstract moveSqlInstance(instance: SqlInstanceNode, cluster: ClusterNode): void;
  abstract addService(site: SiteNode, spec: ServiceSpec): ServiceNode;
  abstract setDependencies(service: ServiceNode, dependencies: readonly DependencySpec[]): void;
  abstract setInstalledOn(service: ServiceNode, key: string): void;
  abstract removeService(service: ServiceNode): void;
  abstract removeSqlInstance(instance: SqlInstanceNode): void;
  abstract removeCluster(cluster: ClusterNode): void;
}

function clusterIndexKey(site: SiteNode, fqdn: string): string {
  return `${site.key}|${fqdnKey(fqdn)}`;
}

/** Finds a child container, creating it before the first of `before` (or at the end) when missing. */
export function ensureChild(
  parent: XmlElement,
  local: string,
  ns: string,
  before: readonly string[],
  declare = false,
): XmlElement {
  const found = childElements(parent, local)[0];
  if (found) return found;
  const created = element(local, ns, [], [], declare);
  const at = parent.children.findIndex((c) => c.type === 'element' && before.includes(c.local));
  if (at < 0) parent.children.push(created);
  else parent.children.splice(at, 0, created);
  return created;
}

/** The next whole number above every existing one, as a string; ids that are not numbers are skipped. */
export function nextNumber(values: Iterable<string>): string {
  let max = 0;
  for (const v of values) {
    const n = Number(v);
    if (Number.isInteger(n) && n > max) max = n;
  }
  return String(max + 1);
}

/**
 * Hands out items by key, each once, in their original order: matching old elements to new
 * specs in one pass instead of a search per spec.
 */
export function matcher<T>(items: readonly T[], keyOf: (item: T) => string): (key: string) => T | undefined {
  const queues = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const queue = queues.get(k);
    if (queue) queue.push(item);
    else queues.set(k, [item]);
  }
  return (key) => queues.get(key)?.shift();
}
