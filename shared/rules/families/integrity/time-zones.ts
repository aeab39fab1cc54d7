/**
 * Time zones (DSN-017): a data center's time zone is a Windows or an IANA name. PC-019 compares
 * zones through the CLDR mapping (shared/model/time-zones.ts); a name that is neither, such as
 * "Central Time" or "CST6", names no zone the mapping knows, so PC-019 cannot judge it.
 */
import { readTimeZone } from '../../../model/time-zones.ts';
import { defineRule } from '../../types.ts';
import { SOURCE } from './source.ts';

export const dsn017 = defineRule({
  id: 'DSN-017',
  severity: 'warning',
  source: `${SOURCE}; CLDR windowsZones`,
  summary: {
    en: 'Every data center’s time zone is a Windows time zone name or an IANA time zone name.',
    es: 'La zona horaria de cada centro de datos es un nombre de zona horaria de Windows o de la IANA.',
  },
  messages: {
    unknown: {
      en: 'The time zone of data center {dataCenter}, "{timeZone}", is neither a Windows time zone name (such as Central Standard Time) nor an IANA one (such as America/Chicago), so PC-019 cannot compare it with the next hop’s.',
      es: 'La zona horaria del centro de datos {dataCenter}, «{timeZone}», no es un nombre de zona horaria de Windows (como Central Standard Time) ni de la IANA (como America/Chicago), así que PC-019 no puede compararla con la del próximo salto.',
    },
  },
  check({ design, index, report }) {
    for (const dc of design.dataCenters) {
      if (readTimeZone(dc.timeZone).kind !== 'unknown') continue;
      report({
        message: 'unknown',
        params: { dataCenter: index.label(dc.id), timeZone: dc.timeZone.trim() },
        elements: [dc.id],
      });
    }
  },
});
