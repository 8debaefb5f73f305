/**
 * `npm run bench`: runs every `*.bench.ts` beside this file (or those named on the command
 * line) one after the other and prints their figures. Benchmarks print; they never assert.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

for (const file of files) {
  console.log(`\n## ${basename(file, '.bench.ts')}`);
  const mod = (await import(join(here, file))) as { run: () => Promise<void> | void };
  await mod.run();
}
