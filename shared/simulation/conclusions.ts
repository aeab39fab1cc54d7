/** What the simulation concludes, sentence by sentence, each with the catalogue ids it rests on. */
import { plural } from '../i18n/plural.ts';
import type { Params, Text } from '../i18n/text.ts';
import { USERS_PER_SERVER } from '../model/product.ts';
import { effectiveLinkClass } from '../model/queries.ts';
import type { Analysis } from './analysis.ts';
import { dataLossParams } from './data-loss.ts';
import { complianceText, dbText, logShippingText, serverCountText, serverText } from './messages.ts';
import type { Conclusion } from './types.ts';

function conclusion(
  key: string,
  text: Text,
  params: Params,
  ruleIds: readonly string[],
  elementIds: readonly (string | null | undefined)[] = [],
): Conclusion {
  return { key, text, params, ruleIds, elementIds: elementIds.filter((x): x is string => Boolean(x)) };
}

const list = (items: readonly { fqdn: string }[]) =>
  items.length > 0 ? items.map((s) => s.fqdn).join(', ') : '-';

function databaseConclusions(a: Analysis): Conclusion[] {
  const { index, pool, chat, chatStores: s } = a;
  const params = {
    pool: pool.fqdn,
    instance: index.label(chat.after.instance?.id),
    principal: index.label(s.principal?.id),
    mirror: index.label(s.mirror?.id),
    witness: index.label(s.witness?.id),
    backup: index.label(s.backup?.id),
    dataCenter: index.label(chat.after.instance?.dataCenterId),
  };
  const ids = [s.principal?.id, s.mirror?.id, s.witness?.id];
  switch (chat.session) {
    case 'principal':
      return [conclusion('database.primary', dbText.primary, params, ['PC-070'], [s.principal?.id])];
    case 'automatic-mirror':
      return [
        conclusion('database.automatic-mirror', dbText.automaticMirror, params, ['PC-026', 'PC-036'], ids),
      ];
    case 'quorum-lost':
      return [conclusion('database.quorum-lost', dbText.quorumLost, params, ['PC-026', 'PC-036'], ids)];
    case 'manual-mirror':
      return s.witness
        ? [
            conclusion(
              'database.manual-mirror',
              dbText.manualMirrorWitnessLost,
              params,
              ['PC-026', 'PC-036', 'PC-067'],
              ids,
            ),
          ]
        : [
            conclusion(
              'database.manual-mirror',
              dbText.manualMirrorNoWitness,
              params,
              ['PC-026', 'PC-036', 'PC-067'],
              ids,
            ),
          ];
    case 'missing':
      return [conclusion('database.missing', dbText.missing, params, [], [pool.id])];
    case 'down':
      if (chat.after.serving === 'backup') {
        return [
          conclusion('database.backup', dbText.backup, params, ['PC-027', 'PC-070'], [...ids, s.backup?.id]),
        ];
      }
      return s.backup
        ? [conclusion('database.none', dbText.noneBackupLost, params, ['PC-027'], [...ids, s.backup.id])]
        : [conclusion('database.none', dbText.noneNoBackup, params, ['PC-027'], ids)];
  }
}

function dataLossConclusions(a: Analysis): Conclusion[] {
  if (a.dataLoss) {
    return [
      conclusion(
        `data-loss.${a.dataLoss.basis}`,
        a.dataLoss.text,
        dataLossParams(a.index, a.pool, a.dataLoss),
        a.dataLoss.ruleIds,
        a.dataLoss.elementIds,
      ),
    ];
  }
  if (a.chat.after.serving === 'primary' || a.chat.after.serving === 'mirror') {
    return [conclusion('data-loss.none', dbText.nothingLost, {}, ['PC-036'])];
  }
  return [];
}

function serverConclusions(a: Analysis): Conclusion[] {
  const { placement, pool, health, servers, index, chat } = a;
  const out: Conclusion[] = [];
  const lost = servers.filter((x) => !health.up(x));
  if (lost.length > 0) {
    out.push(
      conclusion(
        'servers.failed',
        serverText.failed,
        { servers: list(lost) },
        ['PC-006'],
        lost.map((x) => x.id),
      ),
    );
  }
  const isolated = servers.filter(
    (x) => placement.conditionImmediately(x) === 'isolated' && x.state === 'active',
  );
  if (isolated.length > 0) {
    out.push(
      conclusion(
        'servers.isolated',
        serverText.isolated,
        { servers: list(isolated) },
        ['PC-006', 'PC-022'],
        isolated.map((x) => x.id),
      ),
    );
  }
  const now = placement.immediately;
  out.push(
    conclusion(
      'servers.immediately',
      plural(now.length, serverCountText.immediately),
      { count: now.length, servers: list(now), capacity: now.length * USERS_PER_SERVER },
      ['PC-003'],
      now.map((x) => x.id),
    ),
  );
  const expected = pool.expectedConcurrentUsers;
  const designedActive = servers.filter((x) => x.state === 'active').length;
  if (
    expected !== null &&
    now.length > 0 &&
    now.length < designedActive &&
    expected / now.length > USERS_PER_SERVER
  ) {
    out.push(
      conclusion(
        'servers.overload',
        serverText.overload,
        { expected, perServer: Math.round(expected / now.length) },
        ['PC-006', 'PC-003'],
        now.map((x) => x.id),
      ),
    );
  }
  if (chat.after.instance) {
    const fast = effectiveLinkClass(a.design, a.design.settings) === 'high-bandwidth' && !health.linkDown;
    const slowText = health.linkDown ? serverText.placementLinkDown : serverText.placementSlow;
    out.push(
      conclusion(
        'servers.placement',
        fast ? serverText.placementFast : slowText,
        { dataCenter: index.label(chat.after.instance.dataCenterId) },
        fast || health.linkDown ? ['PC-022'] : ['PC-022', 'PC-024'],
        placement.eligible.map((x) => x.id),
      ),
    );
    if (placement.after.length === 0) {
      out.push(
        conclusion(
          'servers.none-eligible',
          serverText.noneEligible,
          { instance: index.label(chat.after.instance.id) },
          ['PC-022'],
        ),
      );
    }
  }
  const after = placement.after;
  out.push(
    conclusion(
      'servers.after',
      plural(after.length, serverCountText.after),
      { count: after.length, servers: list(after), capacity: after.length * USERS_PER_SERVER },
      ['PC-001', 'PC-003', 'PC-022'],
      after.map((x) => x.id),
    ),
  );
  if (expected !== null && after.length > 0 && after.length * USERS_PER_SERVER < expected) {
    out.push(
      conclusion(
        'servers.shortfall',
        serverText.shortfall,
        { capacity: after.length * USERS_PER_SERVER, expected },
        ['PC-003', 'PC-001'],
        after.map((x) => x.id),
      ),
    );
  }
  return out;
}

function logShippingConclusions(a: Analysis): Conclusion[] {
  const { index, pool, chatStores: s, logShipping } = a;
  const r = logShipping.reason;
  const backup = index.label(s.backup?.id);
  switch (r.kind) {
    case 'running':
      return r.fromMirror
        ? [
            conclusion(
              'log-shipping.from-mirror',
              logShippingText.fromMirror,
              { backup, mirror: index.label(s.mirror?.id) },
              ['PC-061'],
              [s.mirror?.id],
            ),
          ]
        : [];
    case 'failed-over':
      return [conclusion('log-shipping.failed-over', logShippingText.failedOver, {}, ['PC-070'])];
    case 'backup-lost':
      return [
        conclusion(
          'log-shipping.backup-lost',
          logShippingText.stoppedBackupLost,
          { backup },
          ['PC-027'],
          [s.backup?.id],
        ),
      ];
    case 'share-lost':
      return [
        conclusion(
          'log-shipping.share-lost',
          logShippingText.stoppedShareLost,
          { backup, share: index.label(r.share.id) },
          ['PC-052', 'PC-053'],
          [r.share.id],
        ),
      ];
    case 'link':
      return [
        conclusion(
          'log-shipping.link',
          logShippingText.stoppedLink,
          { backup, share: index.label(r.share.id) },
          ['PC-052', 'PC-027'],
          [r.share.id],
        ),
      ];
    case 'no-share': {
      const what =
        r.which === 'log-backup'
          ? { what: 'log-backup share', whatEs: 'recurso de copias de registro' }
          : { what: 'log-copy share', whatEs: 'recurso de destino de las copias' };
      return [
        conclusion(
          'log-shipping.no-share',
          logShippingText.stoppedNoShare,
          { ...what, pool: pool.fqdn },
          r.which === 'log-backup' ? ['PC-052'] : ['PC-053'],
          [pool.id],
        ),
      ];
    }
    default:
      return [];
  }
}

function complianceConclusions(a: Analysis): Conclusion[] {
  const { index, compliance, complianceStores: s, chat, health } = a;
  if (compliance.session === 'not-configured') return [];
  const params = {
    instance: index.label(s.principal?.id),
    mirror: index.label(s.mirror?.id),
    backup: index.label(s.backup?.id),
  };
  if (chat.poolState === 'FailedOver') {
    const sourceLost = !health.up(s.principal) && !health.up(s.mirror);
    return [
      conclusion(
        'compliance.not-failed-over',
        sourceLost ? complianceText.notFailedOver : complianceText.leftBehind,
        params,
        ['PC-031', 'PC-062'],
        [s.principal?.id],
      ),
      compliance.serving === 'backup'
        ? conclusion(
            'compliance.backup',
            complianceText.backupFresh,
            params,
            ['PC-031', 'PC-070'],
            [s.backup?.id],
          )
        : conclusion('compliance.no-backup', complianceText.noBackup, params, ['PC-014', 'PC-031']),
    ];
  }
  if (compliance.session === 'automatic-mirror' || compliance.session === 'manual-mirror') {
    const automatic = compliance.session === 'automatic-mirror';
    return [
      conclusion(
        'compliance.mirror',
        complianceText.mirror,
        {
          ...params,
          how: automatic ? 'automatically' : 'an administrator forces it',
          howEs: automatic ? 'automáticamente' : 'un administrador la fuerza',
        },
        automatic ? ['PC-026', 'PC-036'] : ['PC-067', 'PC-036'],
        [s.mirror?.id],
      ),
    ];
  }
  if (compliance.serving === 'none') {
    return [conclusion('compliance.none', complianceText.none, params, ['PC-014'], [s.principal?.id])];
  }
  return [];
}

export function conclusionsFor(a: Analysis): Conclusion[] {
  return [
    ...databaseConclusions(a),
    ...dataLossConclusions(a),
    ...serverConclusions(a),
    ...logShippingConclusions(a),
    ...complianceConclusions(a),
  ];
}
