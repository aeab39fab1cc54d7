/**
 * Export of the reference design (assets/examples/reference-high-bandwidth.pctopo) in both
 * flavours: what Topology Builder needs to open it, and what a planner needs to get it back.
 */
import { describe, expect, it } from 'vitest';
import { loadExample, reference } from '../support/designs.ts';
import { updateElement } from '../../shared/model/edit.ts';
import type { Design } from '../../shared/model/types.ts';
import { exportTopology } from '../../shared/xml/export.ts';
import { openDocument } from '../../shared/xml/open-document.ts';
import { NS } from '../../shared/xml/namespaces.ts';
import { parseXml } from '../../shared/xml/parse.ts';
import { PC_SERVICE, PC_STORE_ROLE, WITNESS_ROLE } from '../../shared/xml/pchat-mapping.ts';
import type { ServiceNode, TopologyDoc } from '../../shared/xml/topology-doc.ts';
import { attr, childElements } from '../../shared/xml/tree.ts';
import type { XmlElement } from '../../shared/xml/tree.ts';
import { documentOf, exported, imported, withoutSidecar } from './support.ts';

const flavours = ['tbxml', 'published'] as const;

function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (const c of root.children) if (c.type === 'element') out.push(...allElements(c));
  return out;
}

function pcService(doc: TopologyDoc): ServiceNode {
  return [...doc.services.values()].find((s) => s.roleName === PC_SERVICE.roleName)!;
}

/** The SQL instance a dependency's store service is installed on, as server\instance. */
function storeLabel(doc: TopologyDoc, serviceKey: string): string {
  const store = doc.services.get(serviceKey)!;
  const instance = doc.sqlInstances.get(store.installedOn)!;
  return `${store.roleName} ${instance.cluster.fqdn}\\${instance.name}`;
}

describe.each(flavours)('the reference design exported as %s', (flavour) => {
  const doc = loadExample('reference-high-bandwidth');
  const out = exported(doc, { flavour });
  const xml = parseXml(out.text);
  const topology = openDocument(xml);

  it('is UTF-8 with a BOM and an XML declaration', () => {
    expect([...out.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(out.bytes.slice(3, 41))).toBe('<?xml version="1.0" encoding="utf-8"?>');
  });

  it('has the root and namespace declarations of a real document of its flavour', () => {
    if (flavour === 'tbxml') {
      expect(xml.root.name).toBe('TopologyBuilder');
      expect(attr(xml.root, 'xmlns')).toBe(NS.topologyBuilder);
      const partial = childElements(childElements(xml.root, 'NewTopology')[0]!, 'PartialTopology')[0]!;
      expect(attr(partial, 'xmlns')).toBe(NS.writable);
      expect(attr(partial, 'Signature')).toBe('00000000-0000-0000-0000-000000000000');
    } else {
      expect(xml.root.name).toBe('Topology');
      expect(attr(xml.root, 'xmlns')).toBe(NS.topology);
    }
    const elements = allElements(xml.root);
    // Default-namespace declarations only, as every real file has them; no prefixes.
    expect(
      elements.filter((e) => e.name.includes(':') || e.attrs.some((a) => a.name.startsWith('xmlns:'))),
    ).toEqual([]);
    for (const e of elements) {
      if (e.local === 'Port' || e.local === 'Ports' || e.local === 'RegistrarService')
        expect(e.ns).toBe(NS.serviceRoles);
      if (e.local === 'NetInterface' || e.local === 'InternalDomains') expect(e.ns).toBe(NS.topology);
    }
  });

  it('resolves every InstalledOn and dependency, and (.tbxml) uses each GUID once', () => {
    expect(topology.problems).toEqual([]);
    for (const s of topology.services.values()) {
      expect(topology.hostCluster(s), `${s.roleName} ${s.key}`).toBeDefined();
      for (const d of s.dependencies) expect(topology.services.has(d.serviceKey), d.serviceKey).toBe(true);
    }
    if (flavour === 'tbxml') {
      const guids = allElements(xml.root).flatMap((e) => (attr(e, 'UniqueId') ? [attr(e, 'UniqueId')!] : []));
      expect(guids.length).toBe(topology.clusters.size + topology.sqlInstances.size + topology.services.size);
      expect(new Set(guids).size).toBe(guids.length);
      for (const g of guids)
        expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('puts the stretched pool in one site as one cluster with the eight servers of both data centers', () => {
    expect(topology.sites.map((s) => s.name)).toEqual(['Contoso-Central']);
    const cluster = topology.hostCluster(pcService(topology))!;
    expect(cluster.fqdn).toBe('pchatpool.contoso.com');
    const expected = doc.design.servers.map((s) => s.fqdn);
    expect(cluster.machines.map((m) => m.fqdn)).toEqual(expected);
  });

  it('links the pool to its next hop, file store, and every store with its mirror and witness', () => {
    const service = pcService(topology);
    const links = service.dependencies.map((d) => {
      const target = topology.services.get(d.serviceKey)!;
      if (target.roleName === 'Registrar')
        return `${d.usage} Registrar ${topology.hostCluster(target)!.fqdn}`;
      if (target.roleName === 'FileStore') {
        return `${d.usage} FileStore ${topology.hostCluster(target)!.fqdn}\\${attr(target.roleElement!, 'ShareName')}`;
      }
      return `${d.usage} ${storeLabel(topology, d.serviceKey)}`;
    });
    expect(links).toEqual([
      'Default Registrar fepool1.contoso.com',
      'Default FileStore fs1.contoso.com\\pchatfiles',
      `Default ${PC_STORE_ROLE.content} sqlpc1.contoso.com\\PCHAT`,
      `Mirror ${PC_STORE_ROLE.content} sqlpc1m.contoso.com\\PCHAT`,
      `Backup ${PC_STORE_ROLE.content} sqlpc2.contoso.com\\PCHAT`,
      `BackupMirror ${PC_STORE_ROLE.content} sqlpc2m.contoso.com\\PCHAT`,
      `Default ${PC_STORE_ROLE.compliance} sqlpc1.contoso.com\\PCHAT`,
      `Mirror ${PC_STORE_ROLE.compliance} sqlcmp1m.contoso.com\\PCHAT`,
      `Backup ${PC_STORE_ROLE.compliance} sqlcmp2.contoso.com\\PCHAT`,
      `BackupMirror ${PC_STORE_ROLE.compliance} sqlcmp2m.contoso.com\\PCHAT`,
    ]);
    const witnesses = [...topology.services.values()]
      .filter((s) => s.roleName === PC_STORE_ROLE.content || s.roleName === PC_STORE_ROLE.compliance)
      .flatMap((s) =>
        s.dependencies.map((d) => `${storeLabel(topology, s.key)} -> ${storeLabel(topology, d.serviceKey)}`),
      );
    expect(witnesses).toEqual([
      `${PC_STORE_ROLE.content} sqlpc1.contoso.com\\PCHAT -> ${WITNESS_ROLE} sqlwit1.contoso.com\\WITNESS`,
      `${PC_STORE_ROLE.content} sqlpc2.contoso.com\\PCHAT -> ${WITNESS_ROLE} sqlwit2.contoso.com\\WITNESS`,
      `${PC_STORE_ROLE.compliance} sqlpc1.contoso.com\\PCHAT -> ${WITNESS_ROLE} sqlwit1.contoso.com\\WITNESS`,
      `${PC_STORE_ROLE.compliance} sqlcmp2.contoso.com\\PCHAT -> ${WITNESS_ROLE} sqlwit2.contoso.com\\WITNESS`,
    ]);
  });

  it('gives the next-hop Front End pools the services of a real Front End pool', () => {
    const roles = [...topology.services.values()]
      .filter((s) => topology.hostCluster(s)!.fqdn === 'fepool1.contoso.com')
      .map((s) => s.roleName);
    expect(roles).toEqual(['UserServices', 'Registrar', 'WebServices', 'ConfServices', 'ApplicationServer']);
  });

  it('writes the display name and the Persistent Chat port', () => {
    const service = pcService(topology);
    expect(attr(service.roleElement!, 'DisplayName')).toBe('Contoso Persistent Chat');
    const edited = updateElement(doc.design, 'pool', 'pool1', { port: 5042 });
    const again = openDocument(parseXml(exported(documentOf(edited), { flavour }).text));
    const port = childElements(pcService(again).ports!, 'Port')[0]!;
    expect(attr(port, 'Port')).toBe('5042');
  });

  it('is deterministic: the same design gives the same bytes', () => {
    expect(exported(loadExample('reference-high-bandwidth'), { flavour }).bytes).toEqual(out.bytes);
  });

  it('re-imports to the same design, and exports again to the same bytes', () => {
    const back = imported(out.bytes);
    expect(back.summary.sidecar).toBe('used');
    expect(back.document.design).toEqual(doc.design);
    expect(exported(back.document).text).toBe(out.text);
  });

  it('without the sidecar comment, re-imports everything the XML holds', () => {
    const design = imported(withoutSidecar(out.text)).document.design;
    expect(design.dataCenters).toEqual([
      { id: 'dc-contoso-central', name: 'Contoso-Central', lyncSite: 'Contoso-Central', timeZone: '' },
    ]);
    expect(design.servers.map((s) => s.fqdn)).toEqual(doc.design.servers.map((s) => s.fqdn));
    expect(design.frontEndPools.map((f) => [f.fqdn, f.edition, f.machines])).toEqual(
      doc.design.frontEndPools.map((f) => [f.fqdn, f.edition, f.machines]),
    );
    const label = (d: Design, id: string | null) => {
      const i = d.sqlInstances.find((x) => x.id === id);
      return i ? `${i.serverFqdn}\\${i.instanceName}` : null;
    };
    const stores = (d: Design) =>
      Object.entries(d.pools[0]!.stores).map(([role, a]) => [
        role,
        label(d, a.sqlInstanceId),
        label(d, a.mirrorId),
        label(d, a.witnessId),
      ]);
    expect(stores(design)).toEqual(stores(doc.design));
    const pool = design.pools[0]!;
    expect(pool).toMatchObject({
      fqdn: 'pchatpool.contoso.com',
      displayName: 'Contoso Persistent Chat',
      port: 5041,
      compliance: true,
      disasterRecovery: true,
    });
    expect(design.frontEndPools.find((f) => f.id === pool.nextHopId)!.fqdn).toBe('fepool1.contoso.com');
    expect(design.fileStores.find((f) => f.id === pool.fileStoreId)).toMatchObject({
      serverFqdn: 'fs1.contoso.com',
      shareName: 'pchatfiles',
    });
  });
});

describe('editing an exported design and exporting it again', () => {
  const doc = loadExample('reference-high-bandwidth');

  it.each(flavours)('carries a renamed SQL server and instance into the %s document and back', (flavour) => {
    const back = imported(exported(doc, { flavour }).bytes).document;
    const design = updateElement(back.design, 'sqlInstance', 'sql-mgc-mirror', {
      serverFqdn: 'sqlnew.contoso.com',
      instanceName: 'MGC',
    });
    const out = exported({ ...back, design });
    const topology = openDocument(parseXml(out.text));
    expect(topology.problems).toEqual([]);
    const clusters = [...topology.clusters.values()].map((c) => c.fqdn);
    expect(clusters).toContain('sqlnew.contoso.com');
    // The old server held nothing else, so it goes with the instance.
    expect(clusters).not.toContain('sqlpc1m.contoso.com');
    expect(imported(out.bytes).document.design).toEqual(design);
  });

  it.each(flavours)(
    'removes a deleted pool with its stores from the %s document, and nothing else',
    (flavour) => {
      const back = imported(exported(doc, { flavour }).bytes).document;
      const design: Design = { ...back.design, pools: [], servers: [] };
      const topology = openDocument(parseXml(exported({ ...back, design }).text));
      const roles = new Set([...topology.services.values()].map((s) => s.roleName));
      expect(roles.has(PC_SERVICE.roleName)).toBe(false);
      expect(roles.has(PC_STORE_ROLE.content)).toBe(false);
      expect(roles.has(WITNESS_ROLE)).toBe(false);
      expect([...topology.clusters.values()].map((c) => c.fqdn)).not.toContain('pchatpool.contoso.com');
      expect(topology.sqlInstances.size).toBe(reference().sqlInstances.length);
    },
  );

  it('exports a design with nothing in it', () => {
    const empty = {
      ...reference(),
      dataCenters: [],
      frontEndPools: [],
      pools: [],
      servers: [],
      sqlInstances: [],
      fileStores: [],
      shares: [],
    };
    for (const flavour of flavours) {
      const result = exportTopology(documentOf(empty), { flavour });
      expect(result.ok).toBe(true);
      if (result.ok) expect(imported(result.bytes).document.design).toEqual(empty);
    }
  });
});
