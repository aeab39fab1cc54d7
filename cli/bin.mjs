#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on the fly so that `npx pchat-topology`
// works straight after `npm install`, with no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
