/**
 * Builds Tally with WXT for the real-browser tests and the demo. A *test* build
 * (TALLY_LOCAL_HOSTS=1, see wxt.config.ts) also runs on http://127.0.0.1 and localhost and is
 * written to .output/test/; a *store* build is exactly what `npm run build` makes.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserName } from './browsers';

/** The project root (where package.json is). */
export const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** Where WXT writes a build: chrome-mv3 for Chromium, firefox-mv2 for Firefox. */
export function extensionDir(browser: BrowserName, kind: 'test' | 'store'): string {
  const folder = browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3';
  return kind === 'test' ? join(ROOT, '.output/test', folder) : join(ROOT, '.output', folder);
}

/** Runs `wxt build` for one browser and resolves to the output folder; rejects with WXT's output. */
export function buildExtension(browser: BrowserName, kind: 'test' | 'store'): Promise<string> {
  const args = ['build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  const env = { ...process.env };
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  delete env.NODE_ENV;
  // Also clear it for a store build: a developer's shell may have it set.
  if (kind === 'test') env.TALLY_LOCAL_HOSTS = '1';
  else delete env.TALLY_LOCAL_HOSTS;
  return new Promise((ok, fail) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/wxt'), args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) ok(extensionDir(browser, kind));
      else
        fail(
          new Error(`wxt ${args.join(' ')} (${kind} build) failed with code ${code}:\n${output}`),
        );
    });
  });
}
