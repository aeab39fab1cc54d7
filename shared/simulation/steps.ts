/**
 * The documented steps that apply to one outcome, in the order they happen: what SQL Server
 * does on its own, what an administrator does to restore the service, and what follows.
 */
import type { Params, Text } from '../i18n/text.ts';
import type { SqlInstance } from '../model/types.ts';
import { failoverStep } from '../procedures/steps.ts';
import type { FailoverStepId } from '../procedures/steps.ts';
import type { Analysis } from './analysis.ts';
import {
  clearActiveServers,
  copyLogBackups,
  databaseFailover,
  installMirror,
  recoverDatabase,
  removePartner,
  restoreLogTemplate,
  setActiveServers,
  setPoolState,
  stopLogShipping,
} from '../procedures/commands.ts';
import type { DatabaseName } from '../procedures/commands.ts';
import type { StoreInstances } from './database.ts';
import type { SessionState } from './mirroring.ts';
import { stepText } from './messages.ts';
import type { SimulationStep, StepPhase } from './types.ts';

function step(
  id: string,
  phase: StepPhase,
  source: string,
  ruleIds: readonly string[],
  text: Text,
  params: Params,
  command: string | null = null,
): SimulationStep {
  return { id, phase, source, ruleIds, text, params, command };
}

function fqdns(list: readonly { fqdn: string }[]): string {
  return list.length > 0 ? list.map((s) => s.fqdn).join(', ') : '-';
}

/** Steps for one mirroring session (mgc or mgccomp) whose pool stays Normal. */
function sessionSteps(a: Analysis, database: DatabaseName, state: SessionState, stores: StoreInstances) {
  const { index, pool } = a;
  const label = (i: SqlInstance | undefined) => index.label(i?.id);
  const prefix = database === 'mgc' ? 'MIRROR' : 'COMPLIANCE-MIRROR';
  const params = {
    database,
    principal: label(stores.principal),
    mirror: label(stores.mirror),
    witness: label(stores.witness),
  };
  const mirroringShare = pool.mirroringShareId ? index.label(pool.mirroringShareId) : '';
  const out: SimulationStep[] = [];
  if (state === 'automatic-mirror') {
    out.push(
      step(
        `${prefix}-AUTO`,
        'automatic',
        'SQLM, BEHA',
        ['PC-026', 'PC-036'],
        stepText.mirrorAutomatic,
        params,
      ),
    );
  }
  if (state === 'manual-mirror') {
    out.push(
      step(
        `${prefix}-FORCE`,
        'recover',
        'PS-DBFO, LS2',
        ['PC-067', 'PC-036'],
        stepText.mirrorForce,
        params,
        databaseFailover(pool.fqdn, database, 'Mirror', true),
      ),
    );
  }
  if (state === 'quorum-lost') {
    out.push(
      step(
        `${prefix}-BREAK`,
        'recover',
        'SQLM',
        ['PC-026'],
        stepText.mirrorBreak,
        params,
        removePartner(database),
      ),
    );
    if (stores.principal) {
      out.push(
        step(
          `${prefix}-REINSTALL`,
          'follow-up',
          'SQLM',
          ['PC-055', 'PC-064'],
          stepText.mirrorReinstall,
          params,
          installMirror(stores.principal, mirroringShare, database),
        ),
      );
    }
  }
  if (state === 'automatic-mirror' || state === 'manual-mirror') {
    out.push(
      step(
        `${prefix}-FAILBACK`,
        'follow-up',
        'LS2, PS-DBFO',
        ['PC-067'],
        stepText.mirrorFailback,
        params,
        databaseFailover(pool.fqdn, database, 'Primary', false),
      ),
    );
  }
  return out;
}

function failoverSteps(a: Analysis): SimulationStep[] {
  const { index, pool, health, chatStores: s } = a;
  const backup = s.backup!;
  const logShareId = pool.logShipping.backupShareId;
  const copyShareId = pool.logShipping.copyShareId;
  const logShare = logShareId ? index.label(logShareId) : '(none)';
  const copyShare = copyShareId ? index.label(copyShareId) : '(none)';
  const actives = a.placement.after.map((x) => x.fqdn);
  const params: Record<string, string> = {
    pool: pool.fqdn,
    backup: index.label(backup.id),
    backupMirror: index.label(s.backupMirror?.id),
    logShare,
    copyShare,
    servers: actives.length > 0 ? actives.join(', ') : '-',
  };
  const fo = (id: FailoverStepId, command: string | null, text?: Text) => {
    const d = failoverStep(id);
    return step(id, 'recover', d.source, d.ruleIds, text ?? d.title, params, command);
  };
  const logShareElement = logShareId ? index.byId.get(logShareId)?.element : undefined;
  const logShareReachable =
    logShareElement !== undefined &&
    health.connected(backup, logShareElement as { id: string; dataCenterId: string | null });
  const mirrorShare = pool.mirroringShareId ? index.label(pool.mirroringShareId) : '';
  params.mirrorShare = mirrorShare || '(none)';
  const mirrorShareLost = !pool.mirroringShareId || health.down(pool.mirroringShareId);
  const out = [
    fo('FO-1', stopLogShipping),
    logShareReachable ? fo('FO-2', copyLogBackups(logShare, copyShare)) : fo('FO-2', null, stepText.fo2Lost),
    fo('FO-3', restoreLogTemplate(copyShare)),
    fo('FO-4', recoverDatabase),
    fo('FO-5', setPoolState(pool.fqdn, 'FailedOver')),
    a.chat.mirrored && s.backupMirror
      ? fo(
          'FO-6',
          installMirror(backup, mirrorShare, 'mgc'),
          mirrorShareLost ? stepText.fo6ShareLost : undefined,
        )
      : fo('FO-6', null, stepText.fo6NoMirror),
  ];
  if (actives.length > 0) {
    out.push(fo('FO-7', `${clearActiveServers(pool.fqdn)}\n${setActiveServers(pool.fqdn, actives, [])}`));
  }
  return out;
}

function serverSteps(a: Analysis): SimulationStep[] {
  const { pool, servers, placement, health } = a;
  const out: SimulationStep[] = [];
  const designed = servers.filter((x) => x.state === 'active');
  if (a.chat.poolState === 'Normal' && placement.after.length > 0) {
    const after = new Set(placement.after.map((x) => x.id));
    const added = placement.after.filter((x) => x.state !== 'active');
    const removed = designed.filter((x) => !after.has(x.id));
    // Taking lost servers off the list changes nothing by itself; the step is for replacements.
    if (added.length > 0) {
      out.push(
        step(
          'ACTIVE-SERVERS',
          'recover',
          'PS-ACTIVE, CAP',
          ['PC-006', 'PC-022', 'PC-001'],
          stepText.activeServers,
          { pool: pool.fqdn, added: fqdns(added), removed: fqdns(removed) },
          setActiveServers(
            pool.fqdn,
            added.map((x) => x.fqdn),
            removed.map((x) => x.fqdn),
          ),
        ),
      );
    }
  }
  const lost = servers.filter((x) => !health.up(x));
  if (lost.some((x) => x.state === 'active')) {
    out.push(
      step('REPAIR-SERVERS', 'follow-up', 'CAP', ['PC-006'], stepText.repairServers, {
        servers: fqdns(lost),
      }),
    );
  }
  return out;
}

function followUps(a: Analysis): SimulationStep[] {
  const { index, health, chatStores: s, chat, logShipping } = a;
  const out: SimulationStep[] = [];
  const witnessDown = s.witness && s.mirror && !health.up(s.witness);
  if (
    witnessDown &&
    chat.poolState === 'Normal' &&
    chat.after.serving !== 'none' &&
    chat.session !== 'quorum-lost'
  ) {
    out.push(
      step('RESTORE-WITNESS', 'follow-up', 'RR, BEHA', ['PC-026'], stepText.restoreWitness, {
        witness: index.label(s.witness!.id),
        database: 'mgc',
      }),
    );
  }
  const r = logShipping.reason;
  if (r.kind === 'backup-lost' || r.kind === 'share-lost' || r.kind === 'link') {
    const what =
      r.kind === 'backup-lost'
        ? index.label(s.backup?.id)
        : r.kind === 'share-lost'
          ? index.label(r.share.id)
          : null;
    out.push(
      step(
        'RESUME-LOG-SHIPPING',
        'follow-up',
        'LS1, LS2',
        ['PC-052', 'PC-060', 'PC-061'],
        stepText.resumeLogShipping,
        {
          what: what ?? 'the link between the data centers',
          whatEs: what ?? 'el vínculo entre los centros de datos',
          backup: index.label(s.backup?.id),
        },
      ),
    );
  }
  if (chat.poolState === 'FailedOver') {
    out.push(step('FAILBACK', 'follow-up', 'FB', ['PC-022', 'PC-070'], stepText.failback, {}));
  }
  return out;
}

const phaseOrder: Record<StepPhase, number> = { automatic: 0, recover: 1, 'follow-up': 2 };

export function stepsFor(a: Analysis): SimulationStep[] {
  const all = [
    ...(a.chat.poolState === 'FailedOver'
      ? failoverSteps(a)
      : sessionSteps(a, 'mgc', a.chat.session, a.chatStores)),
    ...(a.compliance.session !== 'not-configured' && a.chat.poolState === 'Normal'
      ? sessionSteps(a, 'mgccomp', a.compliance.session, a.complianceStores)
      : []),
    ...(a.chat.poolState === 'Normal'
      ? serverSteps(a)
      : serverSteps(a).filter((x) => x.phase === 'follow-up')),
    ...followUps(a),
  ];
  // A stable sort keeps each phase in the order the procedures give.
  return all
    .map((s, i) => ({ s, i }))
    .sort((x, y) => phaseOrder[x.s.phase] - phaseOrder[y.s.phase] || x.i - y.i)
    .map((x) => x.s);
}
