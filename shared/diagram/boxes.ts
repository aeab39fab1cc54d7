/**
 * The title and subtitle of each box, as the canvas shows them (renderer/canvas/node-data.ts).
 * That file lives in the renderer and also derives the chips; only its two texts are repeated
 * here, because shared/ cannot use the renderer. The subtitle names the element by FQDN (or
 * server\instance, or UNC path), which is also what each box's <title> says.
 */
import type { DesignIndex } from '../model/design-index.ts';
import type {
  FileStore,
  FrontEndPool,
  PersistentChatPool,
  PersistentChatServer,
  SqlInstance,
} from '../model/types.ts';
import { sqlInstanceLabel, uncPath } from '../model/values.ts';

export interface BoxText {
  title: string;
  subtitle: string;
}

const host = (fqdn: string) => fqdn.split('.')[0] || fqdn;

/** The texts of the element `id`, or null when the design has no such element. */
export function boxText(index: DesignIndex, id: string): BoxText | null {
  const hit = index.byId.get(id);
  if (!hit) return null;
  switch (hit.kind) {
    case 'server':
    case 'frontEndPool': {
      const fqdn = (hit.element as PersistentChatServer | FrontEndPool).fqdn;
      return { title: host(fqdn), subtitle: fqdn };
    }
    case 'pool': {
      const p = hit.element as PersistentChatPool;
      return { title: p.displayName || host(p.fqdn), subtitle: p.fqdn };
    }
    case 'sqlInstance': {
      const i = hit.element as SqlInstance;
      return {
        title: sqlInstanceLabel(host(i.serverFqdn), i.instanceName),
        subtitle: sqlInstanceLabel(i.serverFqdn, i.instanceName),
      };
    }
    case 'fileStore':
    case 'share': {
      const s = hit.element as FileStore;
      return { title: s.shareName, subtitle: uncPath(s.serverFqdn, s.shareName) };
    }
    default:
      return null;
  }
}
