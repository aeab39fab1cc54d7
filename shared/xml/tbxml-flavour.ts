/**
 * The Topology Builder document (.tbxml): TopologyBuilder > NewTopology > PartialTopology, with
 * clusters and SQL instances nested in their sites and every cross-reference a GUID
 * (tbxml-format.md §3). Reading and editing; the element shapes follow sample-01 and sample-02.
 */
import { fqdnKey } from '../model/values.ts';
import { TopologyXmlError } from './errors.ts';
import { GuidAllocator } from './guids.ts';
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

const W = NS.writable;
const T = NS.topology;
const SR = NS.serviceRoles;

function guidKey(value: string | undefined): string {
  return (value ?? '').trim().toLowerCase();
}

export class TbxmlDoc extends TopologyDoc {
  readonly flavour = 'tbxml' as const;
  readonly partial: XmlElement;
  private readonly guids: GuidAllocator;

  constructor(document: XmlDocument) {
    super(document);
    const newTopology = firstChild(document.root, 'NewTopology');
    const partial = newTopology && firstChild(newTopology, 'PartialTopology');
    if (!partial) {
      throw new TopologyXmlError(
        'incomplete',
        'The file is a Topology Builder document, but it has no NewTopology > PartialTopology part, where the topology itself is kept. It may be cut short or written by another tool; save it again from Topology Builder and import the new file.',
      );
    }
    this.partial = partial;
    const used: string[] = [];
    const sites = firstChild(partial, 'CentralSites');
    for (const siteEl of sites ? childElements(sites, 'CentralSite') : []) {
      const siteId = attr(siteEl, 'SiteId') ?? '';
      const nameEl = firstChild(siteEl, 'Name');
      const site: SiteNode = {
        key: `site:${siteId}`,
        siteId,
        name: nameEl ? textOf(nameEl).trim() : '',
        el: siteEl,
      };
      this.sites.push(site);
      const clusters = firstChild(siteEl, 'Clusters');
      for (const clusterEl of clusters ? childElements(clusters, 'Cluster') : []) {
        const cluster = this.readCluster(site, clusterEl);
        used.push(cluster.key);
        this.indexCluster(cluster);
        const instances = firstChild(clusterEl, 'SqlInstances');
        for (const instanceEl of instances ? childElements(instances, 'SqlInstance') : []) {
          const key = guidKey(attr(instanceEl, 'UniqueId'));
          used.push(key);
          if (this.sqlInstances.has(key) || this.clusters.has(key)) {
            this.problems.push(
              `Two objects share the GUID ${key}; the SQL instance is kept as it is but not read.`,
            );
            continue;
          }
          this.sqlInstances.set(key, { key, cluster, name: attr(instanceEl, 'Name') ?? '', el: instanceEl });
        }
      }
    }
    const services = firstChild(partial, 'Services');
    for (const serviceEl of services ? childElements(services, 'Service') : []) {
      const node = this.readService(serviceEl);
      used.push(node.key);
      this.indexService(node);
    }
    this.guids = new GuidAllocator(used);
    this.checkReferences();
  }

  private readCluster(site: SiteNode, el: XmlElement): ClusterNode {
    const single = attr(el, 'IsSingleMachineOnly');
    const machinesEl = firstChild(el, 'Machines');
    const machines: MachineNode[] = (machinesEl ? childElements(machinesEl, 'Machine') : []).map((m) => ({
      fqdn: attr(m, 'Fqdn') ?? null,
      el: m,
    }));
    return {
      key: guidKey(attr(el, 'UniqueId')),
      site,
      fqdn: attr(el, 'Fqdn') ?? '',
      singleMachine: single === undefined ? null : single.toLowerCase() === 'true',
      machines,
      el,
    };
  }

  private readService(el: XmlElement): ServiceNode {
    const dependsOn = firstChild(el, 'DependsOn');
    const dependencies: DependencyNode[] = (dependsOn ? childElements(dependsOn, 'Dependency') : []).map(
      (d) => ({
        serviceKey: guidKey(attr(d, 'ServiceUniqueId')),
        usage: attr(d, 'Usage') ?? '',
        el: d,
      }),
    );
    return {
      key: guidKey(attr(el, 'UniqueId')),
      roleName: attr(el, 'RoleName') ?? '',
      installedOn: guidKey(attr(el, 'InstalledOn')),
      dependencies,
      el,
      ports: firstChild(el, 'Ports'),
      roleElement: childElements(el).find((c) => c.ns === SR && c.local !== 'Ports'),
    };
  }

  private machineElement(spec: MachineSpec): XmlElement {
    const attrs: [string, string][] = [];
    if (spec.fqdn !== null) attrs.push(['Fqdn', spec.fqdn]);
    if (spec.faultDomain !== undefined) attrs.push(['FaultDomain', spec.faultDomain]);
    if (spec.upgradeDomain !== undefined) attrs.push(['UpgradeDomain', spec.upgradeDomain]);
    const interfaces = spec.interfaces.map((side) =>
      element(
        'NetInterface',
        T,
        [
          ['InterfaceSide', side],
          ['InterfaceNumber', '1'],
          ['IPAddress', '0.0.0.0'],
        ],
        [],
        true,
      ),
    );
    return element('Machine', W, attrs, interfaces);
  }

  addSite(name: string): SiteNode {
    const container = ensureChild(this.partial, 'CentralSites', W, ['Services']);
    const siteId = nextNumber(this.sites.map((s) => s.siteId));
    const el = element(
      'CentralSite',
      W,
      [['SiteId', siteId]],
      [
        element('Name', T, [], [{ type: 'text', value: name }], true),
        element('Location', T, [], [], true),
        element('Clusters', W),
        element('RemoteSites', W),
      ],
    );
    container.children.push(el);
    const site: SiteNode = { key: `site:${siteId}`, siteId, name, el };
    this.sites.push(site);
    return site;
  }

  renameSite(site: SiteNode, name: string): void {
    const nameEl = firstChild(site.el, 'Name') ?? element('Name', T, [], [], true);
    if (!site.el.children.includes(nameEl)) site.el.children.unshift(nameEl);
    setText(nameEl, name);
    site.name = name;
  }

  addCluster(site: SiteNode, spec: ClusterSpec): ClusterNode {
    const container = ensureChild(site.el, 'Clusters', W, ['RemoteSites']);
    const key = this.guids.forName(spec.seed);
    const el = element('Cluster', W, [
      ['IsSingleMachineOnly', String(spec.singleMachine)],
      ['UniqueId', key],
      ['RequiresReplication', String(spec.requiresReplication)],
      ['RequiresSetup', String(spec.requiresSetup)],
      ['Fqdn', spec.fqdn],
    ]);
    const machines = element(
      'Machines',
      W,
      [],
      spec.machines.map((m) => this.machineElement(m)),
    );
    el.children.push(machines, element('SqlInstances', W));
    container.children.push(el);
    const cluster: ClusterNode = {
      key,
      site,
      fqdn: spec.fqdn,
      singleMachine: spec.singleMachine,
      machines: childElements(machines, 'Machine').map((m) => ({ fqdn: attr(m, 'Fqdn') ?? null, el: m })),
      el,
    };
    this.indexCluster(cluster);
    return cluster;
  }

  setClusterFqdn(cluster: ClusterNode, fqdn: string): void {
    setAttr(cluster.el, 'Fqdn', fqdn);
    this.reindexCluster(cluster, fqdn);
  }

  setMachines(cluster: ClusterNode, singleMachine: boolean, specs: readonly MachineSpec[]): void {
    if (cluster.singleMachine !== singleMachine) {
      setAttr(cluster.el, 'IsSingleMachineOnly', String(singleMachine));
      cluster.singleMachine = singleMachine;
    }
    const container = ensureChild(cluster.el, 'Machines', W, ['SqlInstances']);
    const take = matcher(cluster.machines, (m) => fqdnKey(m.fqdn ?? cluster.fqdn));
    const next: MachineNode[] = specs.map((spec) => {
      const kept = take(fqdnKey(spec.fqdn ?? cluster.fqdn));
      if (kept) {
        if (spec.fqdn !== null && kept.fqdn !== spec.fqdn) {
          setAttr(kept.el, 'Fqdn', spec.fqdn);
          kept.fqdn = spec.fqdn;
        }
        return kept;
      }
      const el = this.machineElement(spec);
      return { fqdn: spec.fqdn, el };
    });
    const others = container.children.filter((c) => c.type !== 'element' || c.local !== 'Machine');
    container.children = [...others, ...next.map((m) => m.el)];
    cluster.machines = next;
  }

  addSqlInstance(cluster: ClusterNode, name: string, seed: string): SqlInstanceNode {
    const container = ensureChild(cluster.el, 'SqlInstances', W, []);
    const key = this.guids.forName(seed);
    const el = element('SqlInstance', W, [
      ['UniqueId', key],
      ['Name', name],
    ]);
    container.children.push(el);
    const node: SqlInstanceNode = { key, cluster, name, el };
    this.sqlInstances.set(key, node);
    return node;
  }

  renameSqlInstance(instance: SqlInstanceNode, name: string): void {
    setAttr(instance.el, 'Name', name);
    instance.name = name;
  }

  moveSqlInstance(instance: SqlInstanceNode, cluster: ClusterNode): void {
    const from = firstChild(instance.cluster.el, 'SqlInstances');
    if (from) removeChild(from, instance.el);
    ensureChild(cluster.el, 'SqlInstances', W, []).children.push(instance.el);
    instance.cluster = cluster;
  }

  private dependencyElement(spec: DependencySpec): XmlElement {
    return element('Dependency', W, [
      ['ServiceUniqueId', spec.serviceKey],
      ['Usage', spec.usage],
    ]);
  }

  addService(_site: SiteNode, spec: ServiceSpec): ServiceNode {
    const container = ensureChild(this.partial, 'Services', W, []);
    const key = this.guids.forName(spec.seed);
    const attrs: [string, string][] = [
      ['UniqueId', key],
      ['RoleName', spec.roleName],
      ['RoleVersion', spec.roleVersion],
      ['InstalledOn', spec.installedOn],
      ['ServiceVersion', spec.serviceVersion],
    ];
    if (spec.type !== undefined) attrs.push(['Type', spec.type]);
    const ports = element('Ports', SR, [], spec.ports, true);
    const children = [
      element(
        'DependsOn',
        W,
        [],
        spec.dependencies.map((d) => this.dependencyElement(d)),
      ),
      ports,
    ];
    if (spec.roleElement) children.push(spec.roleElement);
    const el = element('Service', W, attrs, children);
    container.children.push(el);
    const node = this.readService(el);
    this.indexService(node);
    return node;
  }

  setDependencies(service: ServiceNode, specs: readonly DependencySpec[]): void {
    const container = ensureChild(service.el, 'DependsOn', W, ['Ports']);
    const take = matcher(service.dependencies, (d) => `${d.serviceKey}|${d.usage}`);
    const next: DependencyNode[] = specs.map((spec) => {
      const kept = take(`${spec.serviceKey}|${spec.usage}`);
      if (kept) return kept;
      return { ...spec, el: this.dependencyElement(spec) };
    });
    const others = container.children.filter((c) => c.type !== 'element' || c.local !== 'Dependency');
    container.children = [...others, ...next.map((d) => d.el)];
    service.dependencies = next;
  }

  setInstalledOn(service: ServiceNode, key: string): void {
    setAttr(service.el, 'InstalledOn', key);
    service.installedOn = key;
  }

  removeService(service: ServiceNode): void {
    const container = firstChild(this.partial, 'Services');
    if (container) removeChild(container, service.el);
    this.services.delete(service.key);
  }

  removeSqlInstance(instance: SqlInstanceNode): void {
    const container = firstChild(instance.cluster.el, 'SqlInstances');
    if (container) removeChild(container, instance.el);
    this.sqlInstances.delete(instance.key);
  }

  removeCluster(cluster: ClusterNode): void {
    const container = firstChild(cluster.site.el, 'Clusters');
    if (container) removeChild(container, cluster.el);
    this.unindexCluster(cluster);
  }
}
