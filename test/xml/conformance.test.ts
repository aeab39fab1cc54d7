/**
 * Conformance against the five real topology documents beside the repository. They are read
 * where they are and never copied in; without them (a checkout without the reference folder)
 * the suite reports as skipped.
 */
import { describe, expect, it } from 'vitest';
import { addElement, removeElement, updateElement } from '../../shared/model/edit.ts';
import type { Design, PersistentChatPool, SqlInstance } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import { canonicalizeText } from '../../shared/xml/canonical.ts';
import { decodeTopologyBytes } from '../../shared/xml/decode.ts';
import { openDocument } from '../../shared/xml/open-document.ts';
import { parseXml } from '../../shared/xml/parse.ts';
import { PC_SERVICE } from '../../shared/xml/pchat-mapping.ts';
import { attr } from '../../shared/xml/tree.ts';
import { exported, haveSamples, imported, missingElements, readSample, samples } from './support.ts';

function sqlInstance(id: string, host: string, dc: string, name = 'PCHAT'): SqlInstance {
  return {
    id,
    serverFqdn: `${host}.contoso.com`,
    instanceName: name,
    dataCenterId: dc,
    adDomain: 'contoso.com',
    version: '2012',
    edition: 'enterprise',
    is64Bit: true,
    mirroringPort: name === 'WITNESS' ? 7022 : 5022,
    availability: 'mirroring',
    mirroringMode: 'synchronous',
    clusterNodes: 1,
    serviceAccount: 'domain-account',
    backEndPoolIds: [],
    monitoring: false,
    archiving: false,
  };
}

/** What a planner does after importing: adds a mirrored Persistent Chat pool next to the Front End. */
function withPersistentChat(design: Design): Design {
  const dc = design.dataCenters[0]!.id;
  let d = design;
  d = addElement(d, 'sqlInstance', sqlInstance('pc-sql', 'pcsql', dc));
  d = addElement(d, 'sqlInstance', sqlInstance('pc-sql-mirror', 'pcsqlm', dc));
  d = addElement(d, 'sqlInstance', sqlInstance('pc-witness', 'pcwit', dc, 'WITNESS'));
  const empty = { sqlInstanceId: null, mirrorId: null, witnessId: null };
  const pool: PersistentChatPool = {
    id: 'pc-pool',
    fqdn: 'pchat.contoso.com',
    displayName: 'Persistent Chat',
    port: 5041,
    computers: 'multiple',
    compliance: false,
    disasterRecovery: false,
    defaultFor: 'site',
    nextHopId: design.frontEndPools[0]!.id,
    fileStoreId: design.fileStores[0]!.id,
    stores: {
      primary: { sqlInstanceId: 'pc-sql', mirrorId: 'pc-sql-mirror', witnessId: 'pc-witness' },
      backup: empty,
      compliance: empty,
      complianceBackup: empty,
    },
    logShipping: {
      backupShareId: null,
      copyShareId: null,
      backupIntervalMinutes: 15,
      copyIntervalMinutes: 15,
      restoreIntervalMinutes: 15,
      restoreDelayMinutes: 0,
      restoreMode: 'no-recovery',
    },
    mirroringShareId: null,
    expectedConcurrentUsers: null,
    provisionedUsers: null,
    chatRoomAces: null,
  };
  d = addElement(d, 'pool', pool);
  for (const n of [1, 2]) {
    d = addElement(d, 'server', {
      id: `pc-server-${n}`,
      fqdn: `pchat${n}.contoso.com`,
      poolId: 'pc-pool',
      dataCenterId: dc,
      adDomain: 'contoso.com',
      state: 'active',
      fileSystem: 'ntfs',
    });
  }
  return d;
}

describe.skipIf(!haveSamples)('the real topology documents', () => {
  describe.each(samples)('$file', ({ file, flavour }) => {
    const bytes = readSample(file);
    const original = decodeTopologyBytes(bytes);

    it(`imports as the ${flavour} flavour with its site, Front End pool, SQL instance and file store`, () => {
      const { document, summary } = imported(bytes);
      expect(summary.flavour).toBe(flavour);
      expect(summary.sites).toHaveLength(1);
      expect(document.design.dataCenters.map((d) => d.lyncSite)).toEqual(summary.sites);
      expect(document.design.frontEndPools).toHaveLength(1);
      expect(document.design.sqlInstances.length).toBeGreaterThanOrEqual(1);
      expect(document.design.fileStores.length).toBeGreaterThanOrEqual(1);
      expect(document.preservedTopology).toMatchObject({ flavour });
      // Every element sits inside its data center's box on the canvas.
      const dc = document.design.dataCenters[0]!;
      expect(document.layout.nodes[dc.id]).toMatchObject({
        width: expect.any(Number),
        height: expect.any(Number),
      });
      for (const el of [
        ...document.design.frontEndPools,
        ...document.design.sqlInstances,
        ...document.design.fileStores,
      ]) {
        const at = document.layout.nodes[el.id]!;
        expect(at.x).toBeGreaterThanOrEqual(0);
        expect(at.x).toBeLessThan(document.layout.nodes[dc.id]!.width!);
        expect(at.y).toBeLessThan(document.layout.nodes[dc.id]!.height!);
      }
    });

    it('exports back, unedited and in the same flavour, to a canonically equal document', () => {
      const out = exported(imported(bytes).document);
      expect(out.flavour).toBe(flavour);
      expect(canonicalizeText(out.text)).toBe(canonicalizeText(original));
    });

    it('exports byte-identical text twice, and again after a re-import', () => {
      const first = exported(imported(bytes).document);
      const second = exported(imported(bytes).document);
      expect(second.text).toBe(first.text);
      expect(exported(imported(first.bytes).document).text).toBe(first.text);
    });

    it('keeps every original element after a Persistent Chat pool is added, and the pool comes back on import', () => {
      const { document } = imported(bytes);
      const design = withPersistentChat(document.design);
      const out = exported({ ...document, design });
      expect(missingElements(original, out.text)).toEqual([]);
      const again = imported(out.bytes).document.design;
      expect(again).toEqual(design);
      const doc = openDocument(parseXml(out.text));
      expect(doc.problems).toEqual([]);
      const service = [...doc.services.values()].find((s) => s.roleName === PC_SERVICE.roleName)!;
      const registrar = doc.services.get(service.dependencies[0]!.serviceKey)!;
      expect(registrar.roleName).toBe('Registrar');
      expect(doc.hostCluster(registrar)!.fqdn).toBe(document.design.frontEndPools[0]!.fqdn);
    });
  });

  it('writes edits of imported elements in place and keeps everything around them (sample-01)', () => {
    const bytes = readSample('sample-01.xml');
    const { document } = imported(bytes);
    const [dc] = document.design.dataCenters;
    const [fe] = document.design.frontEndPools;
    const [data1, data2] = document.design.fileStores;
    let design = updateElement(document.design, 'dataCenter', dc!.id, { lyncSite: 'Contoso-HQ' });
    design = updateElement(design, 'frontEndPool', fe!.id, {
      fqdn: 'fepool.contoso.com',
      machines: ['xfrontend1.contoso.com', 'xfrontend2.contoso.com', 'xfrontend5.contoso.com'],
    });
    design = updateElement(design, 'fileStore', data1!.id, { shareName: 'LyncShare' });
    design = removeElement(design, data2!.id);
    const out = exported({ ...document, design });
    const doc = openDocument(parseXml(out.text));
    expect(doc.sites.map((x) => x.name)).toEqual(['Contoso-HQ']);
    const pool = [...doc.clusters.values()].find((c) => c.fqdn === 'fepool.contoso.com')!;
    expect(pool.machines.map((m) => m.fqdn)).toEqual([
      'xfrontend1.contoso.com',
      'xfrontend2.contoso.com',
      'xfrontend5.contoso.com',
    ]);
    // A kept machine keeps its three NetInterfaces; a new one gets the interfaces of a new Front End.
    expect(pool.machines.map((m) => m.el.children.filter((c) => c.type === 'element').length)).toEqual([
      3, 3, 2,
    ]);
    const shares = [...doc.services.values()]
      .filter((x) => x.roleName === 'FileStore')
      .map((x) => attr(x.roleElement!, 'ShareName'));
    expect(shares).toEqual(['LyncShare']);
    expect([...doc.clusters.values()].map((c) => c.fqdn)).not.toContain('xFile2.contoso.com');
    // Everything the edits did not touch is there as it was.
    const untouched = missingElements(decodeTopologyBytes(bytes), out.text).filter(
      (p) => !/frontendpool|xfrontend[34]|Data[12]|xFile2|>Contoso<|"Contoso"|69178f28|6612552f/.test(p),
    );
    expect(untouched).toEqual([]);
  });

  it('reads the UTF-16 LE document that PowerShell writes (sample-05)', () => {
    const bytes = readSample('sample-05.xml');
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const { document } = imported(bytes);
    expect(document.design.frontEndPools[0]!.fqdn).toBe('S4BLab92-FE1.contoso.com');
    expect(document.design.frontEndPools[0]!.edition).toBe('standard');
  });

  it('imports PowerShell variables as they are, and the rules report them (sample-03)', () => {
    const { document } = imported(readSample('sample-03.xml'));
    const fe = document.design.frontEndPools[0]!;
    expect(fe.fqdn).toBe('$SkypeFQDN');
    expect(document.design.fileStores[0]!.shareName).toBe('$CSShareName');
    const findings = validate(document.design).filter((f) => f.elements.includes(fe.id));
    expect(findings.some((f) => f.message.includes('$SkypeFQDN'))).toBe(true);
  });

  it('takes Enterprise pools, Standard Edition servers, back ends and monitoring from the documents', () => {
    const one = imported(readSample('sample-01.xml')).document.design;
    expect(one.frontEndPools[0]).toMatchObject({
      edition: 'enterprise',
      machines: expect.arrayContaining(['xfrontend4.contoso.com']),
    });
    expect(one.frontEndPools[0]!.machines).toHaveLength(4);
    expect(one.sqlInstances[0]).toMatchObject({
      serverFqdn: 'xSQL1.contoso.com',
      instanceName: '',
      backEndPoolIds: [one.frontEndPools[0]!.id],
      monitoring: true,
      archiving: true,
    });
    expect(one.fileStores.map((f) => f.shareName)).toEqual(['Data1', 'Data2']);
    const two = imported(readSample('sample-02.xml')).document.design;
    expect(two.frontEndPools[0]).toMatchObject({ edition: 'standard', machines: ['OCT-EXH-002.otc.lab'] });
    expect(two.sqlInstances[0]).toMatchObject({ serverFqdn: 'OCT-EXH-002.otc.lab', instanceName: 'rtc' });
    const four = imported(readSample('sample-04.xml')).document.design;
    expect(four.sqlInstances[0]!.availability).toBe('alwayson');
  });

  it('says what it kept without modelling it: Edge, Mediation, Office Web Apps, simple URLs, Always On', () => {
    const one = imported(readSample('sample-01.xml')).summary;
    expect(one.kept).toEqual(
      expect.arrayContaining([
        'Simple URLs',
        'EdgeServer service on edgepool.contoso.com',
        'MediationServer service on frontendpool.contoso.com',
        'WacService service on xOffice1.contoso.com',
      ]),
    );
    expect(imported(readSample('sample-04.xml')).summary.kept).toContain(
      'Always On settings of srv-sql-01.tenant.rlevchenko.com',
    );
  });

  it('writes new elements in the namespaces the real documents use for them, flavour by flavour', () => {
    type El = ReturnType<typeof parseXml>['root'];
    const collect = (text: string, into: Map<string, Set<string>>) => {
      const root = parseXml(text).root;
      const walk = (el: El, parent: string) => {
        const key = `${root.local} ${parent}>${el.local}`;
        into.set(key, (into.get(key) ?? new Set()).add(el.ns));
        for (const c of el.children) if (c.type === 'element') walk(c, el.local);
      };
      walk(root, '');
    };
    const real = new Map<string, Set<string>>();
    for (const { file } of samples) collect(decodeTopologyBytes(readSample(file)), real);
    const written = new Map<string, Set<string>>();
    for (const { file } of samples) {
      const { document } = imported(readSample(file));
      collect(exported({ ...document, design: withPersistentChat(document.design) }).text, written);
    }
    let compared = 0;
    for (const [key, namespaces] of written) {
      if (!real.has(key)) continue;
      compared++;
      expect([key, [...namespaces]]).toEqual([key, [...real.get(key)!]]);
    }
    expect(compared).toBeGreaterThan(30);
  });
});
