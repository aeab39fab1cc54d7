/**
 * Recovery drafts: while a design has unsaved changes, a copy is written now and then to
 * `<userData>/recovery/draft-<session>.json`. A clean save, a discard or a normal exit removes
 * it, so any draft still there at the next start belongs to a session that crashed or lost
 * power. Drafts are written with the same atomic write as designs, so a crash while writing
 * a draft cannot destroy the previous draft either.
 */
import { randomUUID } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { restoreDesign } from '../shared/model/load.ts';
import type { DesignDocument } from '../shared/model/types.ts';
import { writeFileAtomic } from './files/atomic-write.ts';

export const RECOVERY_FOLDER = 'recovery';
const DRAFT_PATTERN = /^draft-([0-9a-f-]{36})\.json$/;
const DAMAGED_SUFFIX = '.damaged';

export function recoveryFolder(userDataDir: string): string {
  return path.join(userDataDir, RECOVERY_FOLDER);
}

export interface RecoveryDraft {
  sessionId: string;
  /** The draft file itself. */
  file: string;
  savedAt: Date;
  /** Where the design was saved before, or null for a design never saved. */
  designPath: string | null;
  document: DesignDocument;
}

const envelopeSchema = z.object({
  kind: z.literal('pctopo-recovery-draft'),
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  designPath: z.string().max(4096).nullable(),
  document: z.unknown(),
});

export class RecoveryStore {
  readonly folder: string;
  private sessionId: string;

  constructor(folder: string, sessionId: string = randomUUID()) {
    this.folder = folder;
    this.sessionId = sessionId;
  }

  get draftFile(): string {
    return path.join(this.folder, `draft-${this.sessionId}.json`);
  }

  async save(document: DesignDocument, designPath: string | null, now: Date = new Date()): Promise<void> {
    await fsp.mkdir(this.folder, { recursive: true });
    const envelope = {
      kind: 'pctopo-recovery-draft',
      version: 1,
      savedAt: now.toISOString(),
      designPath,
      document,
    };
    await writeFileAtomic(this.draftFile, JSON.stringify(envelope));
  }

  /** Removes this session's draft: the work is saved, discarded, or the app closed normally. */
  async discard(): Promise<void> {
    await fsp.rm(this.draftFile, { force: true });
  }

  /**
   * Drafts left by earlier sessions, newest first. A draft that cannot be read back as a
   * design is renamed `.damaged` (kept for a support case, never offered again).
   */
  async listOrphans(): Promise<RecoveryDraft[]> {
    let names: string[];
    try {
      names = await fsp.readdir(this.folder);
    } catch {
      return [];
    }
    const drafts: RecoveryDraft[] = [];
    for (const name of names) {
      const sessionId = DRAFT_PATTERN.exec(name)?.[1];
      if (!sessionId || sessionId === this.sessionId) continue;
      const file = path.join(this.folder, name);
      const draft = await readDraft(file, sessionId);
      if (draft) drafts.push(draft);
      else await fsp.rename(file, `${file}${DAMAGED_SUFFIX}`).catch(() => undefined);
    }
    return drafts.sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
  }

  /** Takes over a restored draft, so it keeps protecting the work until the planner saves. */
  async adopt(draft: RecoveryDraft): Promise<void> {
    const previous = this.draftFile;
    this.sessionId = draft.sessionId;
    await fsp.rm(previous, { force: true });
  }

  async remove(draft: RecoveryDraft): Promise<void> {
    await fsp.rm(draft.file, { force: true });
  }
}

async function readDraft(file: string, sessionId: string): Promise<RecoveryDraft | null> {
  try {
    const envelope = envelopeSchema.parse(JSON.parse(await fsp.readFile(file, 'utf8')));
    return {
      sessionId,
      file,
      savedAt: new Date(envelope.savedAt),
      designPath: envelope.designPath,
      document: restoreDesign(envelope.document),
    };
  } catch {
    return null;
  }
}

export interface AutosaveTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutosaveOptions {
  /** Quiet time after the last edit before the draft is written. */
  quietMs?: number;
  /** A planner who never pauses still gets a draft at least this often. */
  maxWaitMs?: number;
  timers?: AutosaveTimers;
  onError?: (err: unknown) => void;
}

/**
 * Decides when to write drafts: shortly after the planner pauses, and at least every
 * `maxWaitMs` during continuous editing. Only the latest design is ever written.
 */
export class DraftAutosaver {
  private readonly quietMs: number;
  private readonly maxWaitMs: number;
  private readonly timers: AutosaveTimers;
  private readonly onError: (err: unknown) => void;
  private pending: { document: DesignDocument; designPath: string | null } | null = null;
  private quietTimer: unknown = null;
  private maxTimer: unknown = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Pick<RecoveryStore, 'save' | 'discard'>,
    options: AutosaveOptions = {},
  ) {
    this.quietMs = options.quietMs ?? 2_000;
    this.maxWaitMs = options.maxWaitMs ?? 15_000;
    this.timers = options.timers ?? {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.onError = options.onError ?? (() => undefined);
  }

  /** The design changed and is not saved. */
  edited(document: DesignDocument, designPath: string | null): void {
    this.pending = { document, designPath };
    if (this.quietTimer !== null) this.timers.clearTimeout(this.quietTimer);
    this.quietTimer = this.timers.setTimeout(() => void this.flush(), this.quietMs);
    if (this.maxTimer === null)
      this.maxTimer = this.timers.setTimeout(() => void this.flush(), this.maxWaitMs);
  }

  /** Writes the pending draft now (also used before a risky moment, such as quitting). */
  flush(): Promise<void> {
    this.cancelTimers();
    const next = this.pending;
    this.pending = null;
    if (next) {
      this.writing = this.writing
        .then(() => this.store.save(next.document, next.designPath))
        .catch((err: unknown) => this.onError(err));
    }
    return this.writing;
  }

  /** The work is saved or deliberately thrown away: no draft is needed any more. */
  clean(): Promise<void> {
    this.cancelTimers();
    this.pending = null;
    this.writing = this.writing.then(() => this.store.discard()).catch((err: unknown) => this.onError(err));
    return this.writing;
  }

  private cancelTimers(): void {
    if (this.quietTimer !== null) this.timers.clearTimeout(this.quietTimer);
    if (this.maxTimer !== null) this.timers.clearTimeout(this.maxTimer);
    this.quietTimer = null;
    this.maxTimer = null;
  }
}
