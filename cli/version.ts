import { readFileSync } from 'node:fs';

/** The version of the package, as `--version` and the SARIF report's driver give it. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
