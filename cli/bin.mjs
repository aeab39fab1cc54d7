#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on the fly so that `npx pchat-topology`
// works straight after `npm install`, with no build step to forget.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`| head`) closes the pipe; that is the reader's choice, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
