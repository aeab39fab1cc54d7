/**
 * The what-if simulation: what happens to a Persistent Chat pool when data centers, SQL
 * instances, servers, shares or the link between the data centers are lost.
 *
 * For the canvas (a thin layer over this API):
 *   - Keep the failed elements as a FailureSet ({ elementIds, link }); clicking an element adds
 *     or removes its id, clicking the link toggles `link`. The design is never edited.
 *   - `simulate(design, failures, { pool })` returns a SimulationOutcome; `simulateAll(design,
 *     failures)` one per pool of the design. Grey out `failed`
 *     (and everything in a failed data center: `servers[].after === 'failed'`); highlight
 *     `database.instanceId` as the new principal when it is not the primary store; show `servers[].before` against
 *     `servers[].after` for the active/idle changes; show `concurrentUserCapacity`,
 *     `immediately.concurrentUserCapacity` and `dataLossWindowMinutes`.
 *   - Every message is a Text with params: `render(c.text, c.params, locale)`.
 *   - A stale or wrong id throws ScenarioError, whose `messageIn(locale)` is for the planner.
 *   - `standardScenarios(design, pool)` lists ready-made questions for a menu.
 * docs/simulation.md explains the model and its documented basis.
 */
export { simulate, simulateAll } from './simulate.ts';
export type { SimulateOptions } from './simulate.ts';
export { parseFailures, parseFailuresForDesign, failureTokenHelp, roleTokens } from './failures.ts';
export { managerSummary } from './summary.ts';
export { serviceHeadline } from './headline.ts';
export type { Phrase } from './headline.ts';
export { outcomeText, outcomesText } from './outcome-text.ts';
export { outcomesMarkdown } from './outcome-markdown.ts';
export { standardScenarios } from './scenarios.ts';
export type { Scenario } from './scenarios.ts';
export { selectPool } from './pool.ts';
export { ScenarioError } from './errors.ts';
export { outcomeJson } from './outcome-json.ts';
export { noFailures } from './types.ts';
export type * from './types.ts';
export { failureTable, failureTables } from './failure-table.ts';
export type { FailureRow, FailureRowKind, FailureTable } from './failure-table.ts';
export {
  failureRowCells,
  failureTableWords,
  failureTablesJson,
  failureTablesMarkdown,
} from './failure-table-markdown.ts';
