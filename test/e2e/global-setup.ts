/**
 * Runs once before the real-browser tests: checks that Chromium and Firefox ESR are installed
 * (failing with install instructions if not, never skipping), builds the test builds of Tally
 * for both, and serves test/fixtures/. Tests get the addresses through `inject()`.
 */
import type { TestProject } from 'vitest/node';
import { type BrowserName, requireBrowsers } from '../support/browsers';
import { buildExtension } from '../support/build';
import { startServer } from '../support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test/fixtures/ is served, e.g. `http://127.0.0.1:41234`. */
    fixturesUrl: string;
    /** The unpacked test build of Tally for each browser. */
    extensionDirs: Record<BrowserName, string>;
    /** The browser binaries found on this machine. */
    browserBinaries: Record<BrowserName, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browserBinaries = requireBrowsers();
  // Two builds of about 2 s each; side by side they share the two cores well enough.
  const [chromium, firefox] = await Promise.all([
    buildExtension('chromium', 'test'),
    buildExtension('firefox', 'test'),
  ]);
  const server = await startServer();
  project.provide('fixturesUrl', server.baseUrl);
  project.provide('extensionDirs', { chromium, firefox });
  project.provide('browserBinaries', browserBinaries);
  return () => server.stop();
}
