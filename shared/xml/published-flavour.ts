/**
 * The published topology (root Topology, what Get-CsTopology -AsXml writes and
 * Publish-CsTopology -FileName reads): sites, clusters, SQL instances and services as flat
 * lists, cross-referenced by SiteId/Number, Name + ClusterId and SiteId/RoleName/Instance
 * (tbxml-format.md §4). The shapes follow sample-03, -04 and -05.
 */
import { fqdnKey } from '../model/values.ts';
import { NS } from './namespaces.ts';
import type {
  ClusterNode,
  ClusterSpec,
  DependencyNode,
  DependencySpec,
  MachineNode,
  MachineSpec,
  ServiceNode,
  ServiceSpec,
  SiteNode,
  SqlInstanceNode,
} from './topology-doc.ts';
import { TopologyDoc, ensureChild, matcher, nextNumber } from './topology-doc.ts';
import type { XmlDocument, XmlElement } from './tree.ts';
import { attr, childElements, element, firstChild, removeChild, setAttr, setText, textOf } from './tree.ts';

const T = NS.topology;
const SR = NS.serviceRoles;

/** Containers of the root, in the order the real documents have them. */
const ROOT_ORDER = ['InternalDomains', 'Sites', 'Clusters', 'SqlInstances', 'Services'];

function after(local: string): string[] {
  return ROOT_ORDER.slice(ROOT_ORDER.indexOf(local) + 1);
}

export function clusterKeyOf(siteId: string, number: string): string {
  return `c:${siteId}/${number}`;
}

function sqlKeyOf(clusterKey: string, name: string): string {
  return `i:${clusterKey.slice(2)}/${name}`;
}

function serviceKeyOf(siteId: string, roleName: string, instance: string): string {
  return `s:${siteId}/${roleName}/${instance}`;
}

function clusterIdOf(el: XmlElement | undefined): { siteId: string; number: string } {
  const id = el && firstChild(el, 'ClusterId');
  return { siteId: (id && attr(id, 'SiteId')) ?? '', number: (id && attr(id, 'Number')) ?? '' };
}

function clusterIdElement(cluster: ClusterNode): XmlElement {
  const { siteId, number } = clusterIdOf(cluster.el);
  return element('ClusterId', T, [
    ['SiteId', siteId],
    ['Number', number],
  ]);
}

function serviceIdElement(siteId: string, roleName: string, instance: string): XmlElement {
  return element('ServiceId', T, [
    ['SiteId', siteId],
    ['RoleName', roleName],
    ['Instance', instance],
  ]);
}

function serviceKeyFrom(el: XmlElement | undefined): string {
  const id = el && firstChild(el, 'ServiceId');
  if (!id) return '';
  return serviceKeyOf(attr(id, 'SiteId') ?? '', attr(id, 'RoleName') ?? '', attr(id, 'Instance') ?? '');
}

export class PublishedDoc extends TopologyDoc {
  readonly flavour = 'published' as const;
  private readonly root: XmlElement;
  /** Services by the key they are installed on, kept current so a SQL rename re-points them in one step. */
  private readonly byInstalledOn = new Map<string, Set<ServiceNode>>();

  constructor(document: XmlDocument) {
    super(document);
    this.root = document.root;
    const sitesEl = firstChild(this.root, 'Sites');
    for (const siteEl of sitesEl ? childElements(sitesEl, 'CentralSite') : []) {
      const siteId = attr(siteEl, 'SiteId') ?? '';
      const nameEl = firstChild(siteEl, 'Name');
      this.sites.push({
        key: `site:${siteId}`,
        siteId,
        name: nameEl ? textOf(nameEl).trim() : '',
        el: siteEl,
      });
    }
    const siteById = new Map(this.sites.map((s) => [s.siteId, s]));
    const clustersEl = firstChild(this.root, 'Clusters');
    for (const el of clustersEl ? childElements(clustersEl, 'Cluster') : []) {
      const { siteId, number } = clusterIdOf(el);
      let site = siteById.get(siteId);
      if (!site) {
        this.problems.push(
          `The cluster ${attr(el, 'Fqdn') ?? ''} is in site ${siteId}, which the document does not define.`,
        );
        site = { key: `site:${siteId}`, siteId, name: '', el };
      }
      this.indexCluster({
        key: clusterKeyOf(siteId, number),
        site,
        fqdn: attr(el, 'Fqdn') ?? '',
        singleMachine: null,
        machines: childElements(el, 'Machine').map((m) => ({ fqdn: attr(m, 'Fqdn') ?? null, el: m })),
        el,
      });
    }
    const instancesEl = firstChild(this.root, 'SqlInstances');
    for (const el of instancesEl ? childElements(instancesEl, 'SqlInstance') : []) {
      const idEl = firstChild(el, 'SqlInstanceId');
      const name = (idEl && attr(idEl, 'Name')) ?? '';
      const { siteId, number } = clusterIdOf(idEl);
      const cluster = this.clusters.get(clusterKeyOf(siteId, number));
      if (!cluster) {
        this.problems.push(
          `A SQL instance "${name}" is on cluster ${siteId}/${number}, which the document does not define; it is kept as it is.`,
        );
        continue;
      }
      const key = sqlKeyOf(cluster.key, name);
      if (this.sqlInstances.has(key)) {
        this.problems.push(
          `The SQL instance ${key} is defined twice; the second is kept as it is but not read.`,
        );
        continue;
      }
      this.sqlInstances.set(key, { key, cluster, name, el });
    }
    const servicesEl = firstChild(this.root, 'Services');
    for (const el of servicesEl ? childElements(servicesEl, 'Service') : [])
      this.indexService(this.readService(el));
    for (const s of this.services.values()) this.trackInstalledOn(s, s.installedOn);
    this.checkReferences();
  }

  private readService(el: XmlElement): ServiceNode {
    const idEl = firstChild(el, 'ServiceId');
    const dependsOn = firstChild(el, 'DependsOn');
    const dependencies: DependencyNode[] = (dependsOn ? childElements(dependsOn, 'Dependency') : []).map(
      (d) => ({
        serviceKey: serviceKeyFrom(d),
        usage: attr(d, 'Usage') ?? '',
        el: d,
      }),
    );
    return {
      key: serviceKeyFrom(el),
      roleName: (idEl && attr(idEl, 'RoleName')) ?? '',
      installedOn: this.installedOnKey(firstChild(el, 'InstalledOn')),
      dependencies,
      el,
      ports: firstChild(el, 'Ports'),
      roleElement: childElements(el).find((c) => c.ns === SR && c.local !== 'Ports'),
    };
  }

  private installedOnKey(el: XmlElement | undefined): string {
    if (!el) return '';
    const sql = firstChild(el, 'SqlInstanceId');
    if (sql) {
      const { siteId, number } = clusterIdOf(sql);
      return sqlKeyOf(clusterKeyOf(siteId, number), attr(sql, 'Name') ?? '');
    }
    const { siteId, number } = clusterIdOf(el);
    return siteId || number ? clusterKeyOf(siteId, number) : '';
  }

  private readonly clusterNumbers = new Map<string, string>();
  private readonly serviceInstances = new Map<string, string>();

  /** Next Number or Instance for a scope; the existing ones are scanned once per scope, not per add. */
  private nextCounter(counters: Map<string, string>, scope: string, existing: () => string[]): string {
    const last = counters.get(scope);
    const next = last === undefined ? nextNumber(existing()) : String(Number(last) + 1);
    counters.set(scope, next);
    return next;
  }

  private trackInstalledOn(service: ServiceNode, key: string): void {
    if (!key) return;
    const set = this.byInstalledOn.get(key);
    if (set) set.add(service);
    else this.byInstalledOn.set(key, new Set([service]));
  }

  private untrackInstalledOn(service: ServiceNode): void {
    this.byInstalledOn.get(service.installedOn)?.delete(service);
  }

  private machineElement(spec: MachineSpec, ordinal: number, clusterFqdn: string): XmlElement {
    const attrs: [string, string][] = [
      ['OrdinalInCluster', String(ordinal)],
      ['Fqdn', spec.fqdn ?? clusterFqdn],
    ];
    if (spec.faultDomain !== undefined) attrs.push(['FaultDomain', spec.faultDomain]);
    if (spec.upgradeDomain !== undefined) attrs.push(['UpgradeDomain', spec.upgradeDomain]);
    const interfaces = spec.interfaces.map((side) =>
      element('NetInterface', T, [
        ['InterfaceSide', side],
        ['InterfaceNumber', '1'],
        ['IPAddress', '0.0.0.0'],
      ]),
    );
    return element('Machine', T, attrs, interfaces);
  }

  addSite(name: string): SiteNode {
    const container = ensureChild(this.root, 'Sites', T, after('Sites'));
    const siteId = nextNumber(this.sites.map((s) => s.siteId));
    const el = element(
      'CentralSite',
      T,
      [['SiteId', siteId]],
      [element('Name', T, [], [{ type: 'text', value: name }]), element('Location', T)],
    );
    container.children.push(el);
    const site: SiteNode = { key: `site:${siteId}`, siteId, name, el };
    this.sites.push(site);
    return site;
  }

  renameSite(site: SiteNode, name: string): void {
    const nameEl = firstChild(site.el, 'Name') ?? element('Name', T);
    if (!site.el.children.includes(nameEl)) site.el.children.unshift(nameEl);
    setText(nameEl, name);
    site.name = name;
  }

  addCluster(site: SiteNode, spec: ClusterSpec): ClusterNode {
    const container = ensureChild(this.root, 'Clusters', T, after('Clusters'));
    const number = this.nextCounter(this.clusterNumbers, site.siteId, () => {
      const inSite: string[] = [];
      for (const c of this.clusters.values()) if (c.site === site) inSite.push(clusterIdOf(c.el).number);
      return inSite;
    });
    const el = element('Cluster', T, [
      ['RequiresReplication', String(spec.requiresReplication)],
      ['RequiresSetup', String(spec.requiresSetup)],
      ['Fqdn', spec.fqdn],
    ]);
    el.children.push(
      element('ClusterId', T, [
        ['SiteId', site.siteId],
        ['Number', number],
      ]),
    );
    spec.machines.forEach((m, i) => el.children.push(this.machineElement(m, i + 1, spec.fqdn)));
    container.children.push(el);
    const cluster: ClusterNode = {
      key: clusterKeyOf(site.siteId, number),
      site,
      fqdn: spec.fqdn,
      singleMachine: null,
      machines: childElements(el, 'Machine').map((m) => ({ fqdn: attr(m, 'Fqdn') ?? null, el: m })),
      el,
    };
    this.indexCluster(cluster);
    return cluster;
  }

  setClusterFqdn(cluster: ClusterNode, fqdn: string): void {
    setAttr(cluster.el, 'Fqdn', fqdn);
    this.reindexCluster(cluster, fqdn);
  }

  setMachines(cluster: ClusterNode, _singleMachine: boolean, specs: readonly MachineSpec[]): void {
    const take = matcher(cluster.machines, (m) => fqdnKey(m.fqdn ?? cluster.fqdn));
    const next: MachineNode[] = specs.map((spec, i) => {
      const wanted = spec.fqdn ?? cluster.fqdn;
      const kept = take(fqdnKey(wanted));
      if (kept) {
        if (kept.fqdn !== wanted) {
          setAttr(kept.el, 'Fqdn', wanted);
          kept.fqdn = wanted;
        }
        if (attr(kept.el, 'OrdinalInCluster') !== String(i + 1))
          setAttr(kept.el, 'OrdinalInCluster', String(i + 1));
        return kept;
      }
      const el = this.machineElement(spec, i + 1, cluster.fqdn);
      return { fqdn: wanted, el };
    });
    const children = cluster.el.children;
    const first = children.findIndex((c) => c.type === 'element' && c.local === 'Machine');
    const idAt = children.findIndex((c) => c.type === 'element' && c.local === 'ClusterId');
    const rest = children.filter((c) => c.type !== 'element' || c.local !== 'Machine');
    const insertAt = first >= 0 ? first : idAt + 1;
    rest.splice(Math.min(insertAt, rest.length), 0, ...next.map((m) => m.el));
    cluster.el.children = rest;
    cluster.machines = next;
  }

  addSqlInstance(cluster: ClusterNode, name: string): SqlInstanceNode {
    const container = ensureChild(this.root, 'SqlInstances', T, after('SqlInstances'));
    const el = element(
      'SqlInstance',
      T,
      [],
      [element('SqlInstanceId', T, [['Name', name]], [clusterIdElement(cluster)])],
    );
    container.children.push(el);
    const node: SqlInstanceNode = { key: sqlKeyOf(cluster.key, name), cluster, name, el };
    this.sqlInstances.set(node.key, node);
    return node;
  }

  /** A published SQL instance is named by its name and cluster, so both edits re-point its services. */
  private rekeyInstance(instance: SqlInstanceNode, name: string, cluster: ClusterNode): void {
    const oldKey = instance.key;
    const newKey = sqlKeyOf(cluster.key, name);
    if (newKey !== oldKey && this.sqlInstances.has(newKey)) {
      this.problems.push(
        `The SQL instance ${oldKey} cannot become ${newKey}: that instance already exists, so it is left as it was.`,
      );
      return;
    }
    const idEl = firstChild(instance.el, 'SqlInstanceId');
    if (idEl) {
      setAttr(idEl, 'Name', name);
      const clusterId = firstChild(idEl, 'ClusterId');
      if (clusterId) {
        const { siteId, number } = clusterIdOf(cluster.el);
        setAttr(clusterId, 'SiteId', siteId);
        setAttr(clusterId, 'Number', number);
      } else idEl.children.push(clusterIdElement(cluster));
    }
    this.sqlInstances.delete(oldKey);
    instance.key = newKey;
    instance.name = name;
    instance.cluster = cluster;
    this.sqlInstances.set(newKey, instance);
    for (const service of [...(this.byInstalledOn.get(oldKey) ?? [])]) this.setInstalledOn(service, newKey);
  }

  renameSqlInstance(instance: SqlInstanceNode, name: string): void {
    this.rekeyInstance(instance, name, instance.cluster);
  }

  moveSqlInstance(instance: SqlInstanceNode, cluster: ClusterNode): void {
    this.rekeyInstance(instance, instance.name, cluster);
  }

  private dependencyElement(spec: DependencySpec): XmlElement {
    const target = this.services.get(spec.serviceKey);
    const [siteId = '', roleName = '', instance = ''] = spec.serviceKey.slice(2).split('/');
    return element(
      'Dependency',
      T,
      [['Usage', spec.usage]],
      [serviceIdElement(siteId, target?.roleName ?? roleName, instance)],
    );
  }

  private installedOnElement(key: string): XmlElement {
    const installedOn = element('InstalledOn', T);
    const instance = this.sqlInstances.get(key);
    const cluster = instance ? instance.cluster : this.clusters.get(key);
    if (!cluster) return installedOn;
    const clusterId = clusterIdElement(cluster);
    installedOn.children.push(
      instance ? element('SqlInstanceId', T, [['Name', instance.name]], [clusterId]) : clusterId,
    );
    return installedOn;
  }

  addService(site: SiteNode, spec: ServiceSpec): ServiceNode {
    const container = ensureChild(this.root, 'Services', T, []);
    const instance = this.nextCounter(this.serviceInstances, `${site.siteId}/${spec.roleName}`, () => {
      const sameRole: string[] = [];
      for (const s of this.services.values()) {
        const idEl = firstChild(s.el, 'ServiceId');
        if (idEl && attr(idEl, 'SiteId') === site.siteId && s.roleName === spec.roleName) {
          sameRole.push(attr(idEl, 'Instance') ?? '');
        }
      }
      return sameRole;
    });
    const attrs: [string, string][] = [
      ['RoleVersion', spec.roleVersion],
      ['ServiceVersion', spec.serviceVersion],
    ];
    if (spec.type !== undefined) attrs.push(['Type', spec.type]);
    const el = element('Service', T, attrs, [
      serviceIdElement(site.siteId, spec.roleName, instance),
      element(
        'DependsOn',
        T,
        [],
        spec.dependencies.map((d) => this.dependencyElement(d)),
      ),
      this.installedOnElement(spec.installedOn),
      element('Ports', SR, [], spec.ports, true),
    ]);
    if (spec.roleElement) el.children.push(spec.roleElement);
    container.children.push(el);
    const node = this.readService(el);
    this.indexService(node);
    this.trackInstalledOn(node, node.installedOn);
    return node;
  }

  setDependencies(service: ServiceNode, specs: readonly DependencySpec[]): void {
    const container = ensureChild(service.el, 'DependsOn', T, ['InstalledOn', 'Ports']);
    const take = matcher(service.dependencies, (d) => `${d.serviceKey}|${d.usage}`);
    const next: DependencyNode[] = specs.map((spec) => {
      const kept = take(`${spec.serviceKey}|${spec.usage}`);
      return kept ?? { ...spec, el: this.dependencyElement(spec) };
    });
    const others = container.children.filter((c) => c.type !== 'element' || c.local !== 'Dependency');
    container.children = [...others, ...next.map((d) => d.el)];
    service.dependencies = next;
  }

  setInstalledOn(service: ServiceNode, key: string): void {
    const old = firstChild(service.el, 'InstalledOn');
    const replacement = this.installedOnElement(key);
    const at = old ? service.el.children.indexOf(old) : -1;
    if (at >= 0) service.el.children[at] = replacement;
    else service.el.children.push(replacement);
    this.untrackInstalledOn(service);
    service.installedOn = key;
    this.trackInstalledOn(service, key);
  }

  removeService(service: ServiceNode): void {
    const container = firstChild(this.root, 'Services');
    if (container) removeChild(container, service.el);
    this.untrackInstalledOn(service);
    this.services.delete(service.key);
  }

  removeSqlInstance(instance: SqlInstanceNode): void {
    const container = firstChild(this.root, 'SqlInstances');
    if (container) removeChild(container, instance.el);
    this.sqlInstances.delete(instance.key);
  }

  removeCluster(cluster: ClusterNode): void {
    const container = firstChild(this.root, 'Clusters');
    if (container) removeChild(container, cluster.el);
    this.unindexCluster(cluster);
  }
}
