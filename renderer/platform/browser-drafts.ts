/**
 * The web edition's recovery draft: the design with unsaved changes, kept in the browser's
 * localStorage (a design is well under its few megabytes) so that a reload, a closed tab or a
 * crashed browser does not lose it; the next load offers it. One draft per browser profile and
 * origin: the latest unsaved work is what a planner wants back. A draft that cannot be read back
 * as a design is dropped, never offered.
 */
import { loadDesign } from '../../shared/model/load.ts';
import type { DesignDocument } from '../../shared/model/types.ts';

export const DRAFT_KEY = 'pchat-designer.recovery-draft';

/** The parts of the Web Storage API used here, so tests can stand in for it. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface BrowserDraft {
  /** The design's text, a .pctopo document. */
  text: string;
  /** The file it came from or was last saved as, or null for a design never saved. */
  fileName: string | null;
  /** The design as read back, for the offer's name and the restored file's. */
  doc: DesignDocument;
  savedAt: Date;
}

interface Envelope {
  kind: 'pctopo-browser-draft';
  version: 1;
  savedAt: string;
  fileName: string | null;
  text: string;
}

export interface BrowserDrafts {
  /** The kept draft, or null when there is none that opens. */
  read(): BrowserDraft | null;
  /** False when the browser would not keep it (storage full or turned off). */
  write(text: string, fileName: string | null): boolean;
  clear(): void;
}

function parse(raw: string): BrowserDraft | null {
  try {
    const e = JSON.parse(raw) as Partial<Envelope>;
    if (e.kind !== 'pctopo-browser-draft' || e.version !== 1 || typeof e.text !== 'string') return null;
    const savedAt = new Date(String(e.savedAt));
    if (Number.isNaN(savedAt.getTime())) return null;
    return {
      text: e.text,
      fileName: typeof e.fileName === 'string' ? e.fileName : null,
      doc: loadDesign(e.text),
      savedAt,
    };
  } catch {
    return null;
  }
}

export function createBrowserDrafts(storage: DraftStorage | null, now = () => new Date()): BrowserDrafts {
  return {
    read() {
      let raw: string | null;
      try {
        raw = storage?.getItem(DRAFT_KEY) ?? null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      const draft = parse(raw);
      if (!draft) this.clear();
      return draft;
    },
    write(text, fileName) {
      if (!storage) return false;
      const envelope: Envelope = {
        kind: 'pctopo-browser-draft',
        version: 1,
        savedAt: now().toISOString(),
        fileName,
        text,
      };
      try {
        storage.setItem(DRAFT_KEY, JSON.stringify(envelope));
        return true;
      } catch {
        // QuotaExceededError, or storage turned off: the previous draft is still there.
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(DRAFT_KEY);
      } catch {
        // Nothing to clear where storage is turned off.
      }
    },
  };
}
