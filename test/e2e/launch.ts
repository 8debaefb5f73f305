import { inject } from 'vitest';
import { type BrowserName, type LaunchOptions, launch, type TestBrowser } from './harness';

/** Starts `name` with the test build of Tally that the global setup made, in a fresh profile. */
export function launchForTest(
  name: BrowserName,
  options: Pick<LaunchOptions, 'colorScheme' | 'viewport' | 'uiLocale'> = {},
): Promise<TestBrowser> {
  return launch(name, {
    extensionDir: inject('extensionDirs')[name],
    baseUrl: inject('fixturesUrl'),
    executablePath: inject('browserBinaries')[name],
    ...options,
  });
}
