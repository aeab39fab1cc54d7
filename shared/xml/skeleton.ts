/**
 * The empty document a design is exported into when it was not imported from one: the root,
 * the internal domains and, in a .tbxml, the default simple URLs, shaped as in the real
 * documents (tbxml-format.md §3, §4 and §9).
 */
import type { Design } from '../model/types.ts';
import type { Flavour } from './namespaces.ts';
import { NS } from './namespaces.ts';
import type { XmlDocument, XmlElement } from './tree.ts';
import { element } from './tree.ts';

/** Never published: Topology Builder writes the all-zero signature for a new topology [S]. */
export const UNPUBLISHED_SIGNATURE = '00000000-0000-0000-0000-000000000000';

function domainOf(fqdn: string): string {
  const dot = fqdn.indexOf('.');
  return dot < 0 ? '' : fqdn.slice(dot + 1).toLowerCase();
}

/**
 * The default SIP domain. A design has no SIP domains, so the DNS domain of its Front End pools
 * (then of its other servers) stands in for it; the export notes that it is a guess.
 */
export function defaultDomain(design: Design): string {
  const counts = new Map<string, number>();
  const names = [
    ...design.frontEndPools.map((f) => f.fqdn),
    ...design.pools.map((p) => p.fqdn),
    ...design.servers.map((s) => s.fqdn),
  ];
  for (const name of names) {
    const d = domainOf(name.trim());
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [d, n] of counts) if (n > most) [best, most] = [d, n];
  return best;
}

function internalDomains(domain: string, ns: string, declare: boolean): XmlElement {
  return element(
    'InternalDomains',
    ns,
    [
      ['AllowAllDomains', 'false'],
      ['DefaultDomain', domain],
    ],
    [
      element('InternalDomain', ns, [
        ['Name', domain],
        ['Authoritative', 'false'],
        ['AllowSubDomains', 'false'],
      ]),
    ],
    declare,
  );
}

function simpleUrls(domain: string): XmlElement {
  const S = NS.simpleUrl;
  const url = (component: string, scope: string, host: string) =>
    element(
      'SimpleUrl',
      S,
      [
        ['Component', component],
        ['Domain', scope],
        ['ActiveUrl', `https://${host}.${domain}`],
      ],
      [element('SimpleUrlEntry', S, [['Url', `https://${host}.${domain}`]])],
    );
  return element(
    'SimpleUrlConfiguration',
    S,
    [['UseBackendDatabase', 'false']],
    [url('Dialin', '*', 'dialin'), url('Meet', domain, 'meet')],
    true,
  );
}

export function skeleton(flavour: Flavour, domain: string, fileName: string): XmlDocument {
  if (flavour === 'published') {
    const T = NS.topology;
    const root = element(
      'Topology',
      T,
      [['Signature', UNPUBLISHED_SIGNATURE]],
      [
        internalDomains(domain, T, false),
        element('Sites', T),
        element('Clusters', T),
        element('SqlInstances', T),
        element('Services', T),
      ],
    );
    root.attrs.unshift({ name: 'xmlns', value: T });
    return { declaration: true, prolog: [], root, epilog: [] };
  }
  const W = NS.writable;
  const partial = element(
    'PartialTopology',
    W,
    [
      ['IsPublished', 'false'],
      ['Signature', UNPUBLISHED_SIGNATURE],
    ],
    [
      internalDomains(domain, NS.topology, true),
      simpleUrls(domain),
      element('CentralSites', W),
      element('Services', W),
    ],
    true,
  );
  const root = element(
    'TopologyBuilder',
    NS.topologyBuilder,
    [
      ['IsFreeFromChanges', 'true'],
      ['FileName', fileName],
    ],
    [element('NewTopology', NS.topologyBuilder, [], [partial])],
    true,
  );
  return { declaration: true, prolog: [], root, epilog: [] };
}
