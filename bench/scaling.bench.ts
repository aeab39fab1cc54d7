/**
 * The inputs that once took minutes (issue 11): thousands of SQL instances that share a name,
 * thousands on one server, and a pool of thousands of servers. Each figure is the time for the
 * large input; test/xml/scaling.test.ts and test/simulation/scaling.test.ts assert that ten
 * times the input takes at most about fifteen times as long, and docs/reliability.md records
 * the figures.
 */
import { bench, describe } from 'vitest';
import type { Design } from '../shared/model/types.ts';
import { simulate } from '../shared/simulation/index.ts';
import { exportTopology } from '../shared/xml/export.ts';
import { importTopology } from '../shared/xml/import.ts';
import { loadExample } from '../test/support/designs.ts';
import { withInstances, withServers } from '../test/support/scale.ts';

const base = loadExample('reference-high-bandwidth');

const doc = (design: Design) => ({ ...base, design, layout: { nodes: {} } });
const sameNames = exportTopology(doc(withInstances(9_000, true)), { sidecar: false });
const sameNamesText = sameNames.ok ? sameNames.text : '';
const oneServer = doc(withInstances(20_000, false));
const manyServers = withServers(10_000);

describe('inputs that were quadratic (issue 11)', () => {
  bench('import 9,000 SQL instances that share one name', () => {
    importTopology(sameNamesText);
  });
  bench('export 20,000 SQL instances on one server', () => {
    exportTopology(oneServer);
  });
  bench('simulate the loss of a data center in a pool of 10,008 servers', () => {
    simulate(manyServers, { elementIds: ['dc2'], link: false });
  });
});
