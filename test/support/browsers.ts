/**
 * Where the real browsers are. The e2e tests, `npm run dev` and `npm run demo` drive the
 * system's Chromium and Firefox ESR (never a downloaded build): this module finds them, or
 * says exactly how to install them.
 */
import { accessSync, constants } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/** Environment variables that point at a browser binary, overriding the usual places. */
export const BINARY_ENV: Record<BrowserName, string> = {
  chromium: 'TALLY_CHROMIUM',
  firefox: 'TALLY_FIREFOX',
};

// Firefox ESR first: /usr/bin/firefox on Debian is a shell wrapper around it.
const USUAL_PLACES: Record<BrowserName, string[]> = {
  chromium: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
  ],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

const PRETTY: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox ESR' };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The binary of a browser: $TALLY_CHROMIUM / $TALLY_FIREFOX if set, else the usual places. */
export function findBrowser(
  name: BrowserName,
  env: NodeJS.ProcessEnv = process.env,
): { path: string } | { missing: string } {
  const fromEnv = env[BINARY_ENV[name]];
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? { path: fromEnv }
      : { missing: `${BINARY_ENV[name]}=${fromEnv} is not an executable file` };
  }
  const found = USUAL_PLACES[name].find(isExecutable);
  return found
    ? { path: found }
    : { missing: `${PRETTY[name]} not found (looked at ${USUAL_PLACES[name].join(', ')})` };
}

/**
 * The binaries of the named browsers. Throws one error naming every missing browser and how
 * to install it: the real-browser tests fail loudly rather than skip.
 */
export function requireBrowsers(
  names: readonly BrowserName[] = BROWSER_NAMES,
  env: NodeJS.ProcessEnv = process.env,
): Record<BrowserName, string> {
  const paths: Partial<Record<BrowserName, string>> = {};
  const problems: string[] = [];
  for (const name of names) {
    const found = findBrowser(name, env);
    if ('path' in found) paths[name] = found.path;
    else problems.push(`  - ${found.missing}`);
  }
  if (problems.length > 0) {
    throw new Error(
      [
        "Tally's real-browser tests and demo need Chromium and Firefox ESR installed on this machine.",
        ...problems,
        'Install them (with their French interface, for test/e2e/ui-language.test.ts) with:',
        '  sudo apt-get install -y chromium chromium-l10n firefox-esr firefox-esr-l10n-fr',
        'or point at binaries you already have:',
        '  TALLY_CHROMIUM=/path/to/chromium TALLY_FIREFOX=/path/to/firefox npm run test:e2e',
      ].join('\n'),
    );
  }
  return paths as Record<BrowserName, string>;
}

/**
 * Chromium flags for this kind of machine (see TOOLCHAIN.md): without the networking ones,
 * Chromium's background connections are refused by the closed network, many at a time.
 * `--no-sandbox` only where it is needed: Chromium refuses to start as root without it.
 */
export function chromiumFlags(): string[] {
  const asRoot = process.getuid?.() === 0;
  return [
    ...(asRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
