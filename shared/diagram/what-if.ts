/**
 * The marks of a what-if picture from the simulation's outcome: what is lost, the SQL instance
 * that serves instead of the primary, the idle servers that become active. The canvas derives
 * the same marks for its boxes (renderer/whatif/whatif.ts), from the same outcome.
 */
import type { FailureSet, SimulationOutcome } from '../simulation/index.ts';
import type { DiagramWhatIf } from './svg.ts';

export function whatIfOf(failures: FailureSet, outcomes: readonly SimulationOutcome[]): DiagramWhatIf {
  const failedIds = new Set<string>(failures.elementIds);
  const activatedIds: string[] = [];
  let principalId: string | null = null;
  for (const o of outcomes) {
    for (const f of o.failed) failedIds.add(f.id);
    for (const s of o.servers) {
      if (s.after === 'failed') failedIds.add(s.id);
      else if (s.before === 'idle' && s.after === 'active') activatedIds.push(s.id);
    }
    const takesOver = o.databaseServing === 'mirror' || o.databaseServing === 'backup';
    if (takesOver && !principalId && o.database.instanceId) principalId = o.database.instanceId;
  }
  return { failedIds: [...failedIds], linkDown: failures.link, principalId, activatedIds };
}
