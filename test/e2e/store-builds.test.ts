/**
 * What the stores will see: the production builds (`npm run build`, `npm run build:firefox`)
 * ask for no blanket host access, are localised in English and French, the Firefox one
 * carries what AMO requires, and `web-ext lint` finds no error in it.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TEST_MATCHES } from '../../lib/sites';
import { buildExtension, ROOT } from '../support/build';

const run = promisify(execFile);

interface Manifest {
  manifest_version: number;
  name?: string;
  description?: string;
  default_locale?: string;
  action?: { default_title?: string };
  browser_action?: { default_title?: string };
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
}

interface LintReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

const BLANKET_HOSTS = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*'];

/**
 * Every match pattern a manifest is granted at install: permissions, host permissions and
 * content scripts. Optional permissions are left out on purpose: they are asked for one site at
 * a time, when the reader enables Tally there from the popup.
 */
function hostPatterns(manifest: Manifest): string[] {
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
}

describe('store builds', () => {
  const dirs = { chromium: '', firefox: '' };
  const manifests: Record<keyof typeof dirs, Manifest> = {} as never;
  beforeAll(async () => {
    [dirs.chromium, dirs.firefox] = await Promise.all([
      buildExtension('chromium', 'store'),
      buildExtension('firefox', 'store'),
    ]);
    for (const browser of ['chromium', 'firefox'] as const) {
      manifests[browser] = JSON.parse(
        readFileSync(join(dirs[browser], 'manifest.json'), 'utf8'),
      ) as Manifest;
    }
  });

  it.each(['chromium', 'firefox'] as const)(
    'the %s manifest asks for no blanket host access and no local host',
    (browser) => {
      const patterns = hostPatterns(manifests[browser]);
      expect(patterns.length).toBeGreaterThan(0);
      expect(patterns.filter((p) => BLANKET_HOSTS.includes(p))).toEqual([]);
      expect(patterns.filter((p) => LOCAL_TEST_MATCHES.includes(p))).toEqual([]);
    },
  );

  it.each(['chromium', 'firefox'] as const)(
    'the %s manifest asks for other sites only as an optional permission',
    (browser) => {
      const m = manifests[browser] as Manifest & { optional_host_permissions?: string[] };
      const optional = browser === 'firefox' ? m.optional_permissions : m.optional_host_permissions;
      expect(optional).toEqual(['*://*/*']);
    },
  );

  it.each(['chromium', 'firefox'] as const)(
    'the %s build names itself in English and French, English by default',
    (browser) => {
      const m = manifests[browser];
      expect(m.default_locale).toBe('en');
      const title = (m.action ?? m.browser_action)?.default_title;
      const named = [m.name, m.description, title].map((text) =>
        /^__MSG_(\w+)__$/.exec(text ?? ''),
      );
      expect(named.map((match) => match?.[0])).toEqual([
        '__MSG_manifest_name__',
        '__MSG_manifest_description__',
        '__MSG_manifest_actionTitle__',
      ]);
      for (const locale of ['en', 'fr']) {
        const messages = JSON.parse(
          readFileSync(join(dirs[browser], '_locales', locale, 'messages.json'), 'utf8'),
        ) as Record<string, { message: string }>;
        for (const match of named) expect(messages[match?.[1] ?? '']?.message).toBeTruthy();
        expect(messages.popup_settings?.message).toBe(locale === 'fr' ? 'Réglages' : 'Settings');
      }
    },
  );

  it('the Firefox manifest has a gecko id and declares it collects no data', () => {
    const gecko = manifests.firefox.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    expect(manifests.chromium.browser_specific_settings).toBeUndefined();
  });

  it.each(['chromium', 'firefox'] as const)(
    'the %s build bundles the production build of React',
    (browser) => {
      const files = readdirSync(dirs[browser], { recursive: true }).map(String);
      expect(files.filter((file) => file.includes('jsx-dev-runtime'))).toEqual([]);
    },
  );

  it('web-ext lint finds no error in the Firefox build', async () => {
    const { stdout } = await run(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', dirs.firefox, '--output', 'json', '--no-config-discovery'],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' })); // exits 1 on errors
    const report = JSON.parse(stdout) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
