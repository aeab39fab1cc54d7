/** Which Persistent Chat pool a simulation or a runbook is about. */
import type { Design, PersistentChatPool } from '../model/types.ts';
import { fqdnKey } from '../model/values.ts';
import { ScenarioError } from './errors.ts';

const noPool = {
  en: 'The design has no Persistent Chat pool, so there is nothing to simulate or to write a runbook for.',
  es: 'El diseño no tiene ningún grupo de Chat persistente, así que no hay nada que simular ni para lo que escribir un procedimiento.',
};
const unknownPool = {
  en: 'The design has no Persistent Chat pool "{ref}". Its pools are: {pools}.',
  es: 'El diseño no tiene ningún grupo de Chat persistente «{ref}». Sus grupos son: {pools}.',
};
const choosePool = {
  en: 'The design has {count} Persistent Chat pools ({pools}); say which one (by FQDN or id).',
  es: 'El diseño tiene {count} grupos de Chat persistente ({pools}); indique cuál (por FQDN o id).',
};

function list(design: Design): string {
  return design.pools.map((p) => p.fqdn || p.id).join(', ');
}

/** The pool named by id or FQDN, or the only pool when none is named. */
export function selectPool(design: Design, ref?: string | null): PersistentChatPool {
  if (design.pools.length === 0) throw new ScenarioError(noPool);
  if (ref === undefined || ref === null || ref === '') {
    if (design.pools.length === 1) return design.pools[0]!;
    throw new ScenarioError(choosePool, { count: design.pools.length, pools: list(design) });
  }
  const pool =
    design.pools.find((p) => p.id === ref) ?? design.pools.find((p) => fqdnKey(p.fqdn) === fqdnKey(ref));
  if (!pool) throw new ScenarioError(unknownPool, { ref, pools: list(design) });
  return pool;
}
