/**
 * The page never sees or sends a path. It gets an opaque token for each file the planner
 * chose (in a dialog, from the OS, from the recent list), and can only ask to write back to
 * a file it was given a token for. A compromised page therefore cannot name a file of its own.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export class FileTokens {
  private readonly byToken = new Map<string, string>();
  private readonly byPath = new Map<string, string>();

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  /** Windows and macOS file names compare without case; the same file keeps one token. */
  private key(file: string): string {
    const resolved = path.resolve(file);
    return this.platform === 'linux' ? resolved : resolved.toLowerCase();
  }

  issue(file: string): string {
    const key = this.key(file);
    const existing = this.byPath.get(key);
    if (existing) {
      this.byToken.set(existing, path.resolve(file));
      return existing;
    }
    const token = randomBytes(16).toString('hex');
    this.byToken.set(token, path.resolve(file));
    this.byPath.set(key, token);
    return token;
  }

  pathOf(token: string | null): string | null {
    return token === null ? null : (this.byToken.get(token) ?? null);
  }
}
