/**
 * The designs "New" starts from: the two reference layouts shipped in assets/examples, read
 * through the same loader as any file, and an empty pair of data centers.
 */
import { loadDesign } from '../../shared/model/load.ts';
import { designDocumentSchema } from '../../shared/model/schema.ts';
import type { DesignDocument } from '../../shared/model/types.ts';
import highBandwidthText from '../../assets/examples/reference-high-bandwidth.pctopo?raw';
import lowBandwidthText from '../../assets/examples/low-bandwidth.pctopo?raw';
import { completeLayout, defaultDataCenterLayout } from './layout.ts';

export type TemplateName = 'high-bandwidth' | 'low-bandwidth' | 'empty';

export interface EmptyDesignNames {
  design: string;
  dataCenters: readonly [string, string];
  lyncSite: string;
}

const englishNames: EmptyDesignNames = {
  design: 'New Persistent Chat design',
  dataCenters: ['Site 1', 'Site 2'],
  lyncSite: 'Central',
};

/** Two data centers in one Lync site (a stretched pool, PC-020) over a fast link, and nothing else. */
export function emptyDesign(names: EmptyDesignNames = englishNames): DesignDocument {
  return designDocumentSchema.parse({
    formatVersion: 1,
    design: {
      name: names.design,
      dataCenters: names.dataCenters.map((name, i) => ({
        id: `dc${i + 1}`,
        name,
        lyncSite: names.lyncSite,
        timeZone: 'UTC',
      })),
      link: { latencyMs: 5, bandwidthMbps: 10000, class: 'high-bandwidth' },
    },
    layout: { nodes: { dc1: defaultDataCenterLayout(0), dc2: defaultDataCenterLayout(1) } },
  });
}

export function templateDocument(name: TemplateName, names?: EmptyDesignNames): DesignDocument {
  if (name === 'empty') return emptyDesign(names);
  return completeLayout(loadDesign(name === 'high-bandwidth' ? highBandwidthText : lowBandwidthText));
}
