/** What the scenario costs: data, functions, and the redundancy that is gone until repair. */
import type { Params, Text } from '../i18n/text.ts';
import type { FileStore, Share } from '../model/types.ts';
import type { Analysis } from './analysis.ts';
import { complianceText, impactText } from './messages.ts';
import type { Impact, ImpactKind } from './types.ts';

function impact(
  kind: ImpactKind,
  key: string,
  text: Text,
  params: Params,
  ruleIds: readonly string[],
  elementIds: readonly (string | null | undefined)[],
): Impact {
  return { kind, key, text, params, ruleIds, elementIds: elementIds.filter((x): x is string => Boolean(x)) };
}

function dataImpacts(a: Analysis): Impact[] {
  const { index, chat, compliance, complianceStores: c, health } = a;
  const out: Impact[] = [];
  if (a.dataLoss && a.dataLoss.minutes > 0) {
    out.push(
      impact(
        'data',
        'chat-content',
        impactText.chatContent,
        { minutes: a.dataLoss.minutes },
        a.dataLoss.ruleIds,
        a.dataLoss.elementIds,
      ),
    );
  }
  // PC-031: mgccomp is never failed over; what the adapter had not processed stays behind.
  if (chat.poolState === 'FailedOver' && compliance.session !== 'not-configured' && c.principal) {
    if (!health.up(c.principal) && !health.up(c.mirror)) {
      out.push(
        impact(
          'data',
          'compliance-data',
          complianceText.notFailedOver,
          { instance: index.label(c.principal.id) },
          ['PC-031'],
          [c.principal.id],
        ),
      );
    }
  }
  return out;
}

function functionImpacts(a: Analysis): Impact[] {
  const { index, pool, health, chat, compliance, complianceStores: c } = a;
  const out: Impact[] = [];
  if (chat.after.serving === 'none' || a.placement.after.length === 0) {
    out.push(
      impact(
        'function',
        'service',
        impactText.serviceStops,
        { pool: pool.fqdn },
        ['PC-027', 'PC-022'],
        [pool.id],
      ),
    );
  }
  const store = pool.fileStoreId ? index.byId.get(pool.fileStoreId) : undefined;
  if (store?.kind === 'fileStore' && !health.up(store.element as FileStore)) {
    out.push(
      impact(
        'function',
        'file-store',
        impactText.fileStore,
        { store: index.label(store.element.id) },
        ['PC-051'],
        [store.element.id],
      ),
    );
  }
  const nextHop = index.frontEndPool(pool.nextHopId);
  if (nextHop && health.down(nextHop.id)) {
    out.push(
      impact(
        'function',
        'next-hop',
        impactText.nextHop,
        { frontEnd: nextHop.fqdn },
        ['PC-018'],
        [nextHop.id],
      ),
    );
  }
  if (compliance.serving === 'none' && chat.poolState === 'Normal') {
    out.push(
      impact(
        'function',
        'compliance-recording',
        complianceText.none,
        { instance: index.label(c.principal?.id) },
        ['PC-014'],
        [c.principal?.id],
      ),
    );
  }
  if (compliance.serving === 'none' && chat.poolState === 'FailedOver') {
    out.push(
      impact(
        'function',
        'compliance-recording',
        complianceText.noBackup,
        {},
        ['PC-014', 'PC-031'],
        [c.backup?.id],
      ),
    );
  }
  return out;
}

function redundancyImpacts(a: Analysis): Impact[] {
  const { index, pool, health, chat, chatStores: s } = a;
  const out: Impact[] = [];
  const serving = chat.after.instance;
  if (serving && chat.after.serving !== 'none') {
    const partner =
      chat.after.serving === 'backup'
        ? s.backupMirror
        : chat.after.serving === 'primary'
          ? s.mirror
          : s.principal;
    const witness = chat.after.serving === 'backup' ? s.backupWitness : s.witness;
    const params = {
      instance: index.label(serving.id),
      witness: index.label(witness?.id),
      mirror: index.label(partner?.id),
    };
    if (!chat.mirrored) {
      const basis = chat.after.serving === 'backup' ? ['PC-028', 'PC-037'] : ['PC-037'];
      out.push(impact('redundancy', 'no-mirror', impactText.noMirror, params, basis, [serving.id]));
      if (chat.session === 'principal' && s.mirror) {
        out.push(
          impact(
            'redundancy',
            'log-growth',
            impactText.logGrowth,
            params,
            ['PC-043'],
            [serving.id, s.mirror.id],
          ),
        );
      }
    } else if (!chat.automaticFailover && witness) {
      out.push(
        impact(
          'redundancy',
          'no-automatic-failover',
          impactText.noAutomaticWitness,
          params,
          ['PC-026'],
          [witness.id],
        ),
      );
    }
  }
  if (
    a.logShipping.state === 'stopped' &&
    chat.poolState === 'Normal' &&
    chat.after.serving !== 'none' &&
    s.backup
  ) {
    out.push(
      impact(
        'redundancy',
        'disaster-recovery',
        impactText.noDisasterRecovery,
        { backup: index.label(s.backup.id) },
        ['PC-027', 'PC-052'],
        [s.backup.id],
      ),
    );
  }
  const share = (id: string | null) => {
    const hit = id ? index.byId.get(id) : undefined;
    return hit?.kind === 'share' ? (hit.element as Share) : undefined;
  };
  const mirroring = share(pool.mirroringShareId);
  if (mirroring && !health.up(mirroring)) {
    out.push(
      impact(
        'redundancy',
        'mirroring-share',
        impactText.mirroringShare,
        { share: index.label(mirroring.id) },
        ['PC-055'],
        [mirroring.id],
      ),
    );
  }
  const logShare = share(pool.logShipping.backupShareId);
  if (logShare && !health.up(logShare) && s.backup) {
    out.push(
      impact(
        'redundancy',
        'log-backup-share',
        impactText.logShareForFailback,
        { share: index.label(logShare.id) },
        ['PC-052'],
        [logShare.id],
      ),
    );
  }
  return out;
}

export function impactsFor(a: Analysis): Impact[] {
  return [...dataImpacts(a), ...functionImpacts(a), ...redundancyImpacts(a)];
}
