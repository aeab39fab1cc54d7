/** Types of scripts/desktop-tools.mjs, for the TypeScript tests that use it. */
export declare const projectRoot: string;

export type ElectronBinary =
  | { path: string; version: string; missing?: undefined; code?: undefined }
  | {
      path?: undefined;
      missing: string;
      code: 'not-installed' | 'no-build' | 'not-downloaded';
      version?: string;
    };

export declare function findElectronBinary(options?: {
  root?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}): ElectronBinary;

export declare function runWithTimeout(
  command: string,
  args: string[],
  options?: { timeoutMs: number; env?: NodeJS.ProcessEnv; cwd?: string },
): Promise<{ code: number | null; timedOut: boolean; output: string }>;

export declare function electronRuns(binary: string, timeoutMs?: number): Promise<boolean>;
export declare function tryDownloadElectron(options?: {
  root?: string;
  timeoutMs?: number;
}): Promise<boolean>;
export declare function npmCommand(script: string): [string, string[]];
