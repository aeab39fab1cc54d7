/**
 * The Open Recent list: most recent first, each file once, at most ten, kept in
 * `<userData>/recent.json`. A file that turns out to be gone is dropped when the planner
 * picks it.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './files/atomic-write.ts';

export const MAX_RECENT = 10;

const storedSchema = z.object({
  version: z.literal(1),
  files: z.array(z.string().min(1).max(4096)).max(100),
});

function sameFile(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

export function withRecent(list: readonly string[], file: string, platform: NodeJS.Platform): string[] {
  return [file, ...list.filter((f) => !sameFile(f, file, platform))].slice(0, MAX_RECENT);
}

export function withoutRecent(list: readonly string[], file: string, platform: NodeJS.Platform): string[] {
  return list.filter((f) => !sameFile(f, file, platform));
}

export class RecentFiles {
  private files: string[] = [];

  constructor(
    private readonly storeFile: string,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  get list(): readonly string[] {
    return this.files;
  }

  /** A missing or damaged list starts empty; the recent list is a convenience, not data. */
  async load(): Promise<void> {
    try {
      const parsed = storedSchema.parse(JSON.parse(await fsp.readFile(this.storeFile, 'utf8')));
      this.files = parsed.files.filter((f) => path.isAbsolute(f)).slice(0, MAX_RECENT);
    } catch {
      this.files = [];
    }
  }

  async add(file: string): Promise<void> {
    this.files = withRecent(this.files, path.resolve(file), this.platform);
    await this.persist();
  }

  async remove(file: string): Promise<void> {
    this.files = withoutRecent(this.files, file, this.platform);
    await this.persist();
  }

  async clear(): Promise<void> {
    this.files = [];
    await this.persist();
  }

  private async persist(): Promise<void> {
    await fsp.mkdir(path.dirname(this.storeFile), { recursive: true });
    await writeFileAtomic(this.storeFile, JSON.stringify({ version: 1, files: this.files }));
  }
}
