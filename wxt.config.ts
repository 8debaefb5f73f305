import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { LOCAL_TEST_MATCHES } from './lib/sites';

// TALLY_LOCAL_HOSTS=1 makes a test build (for `npm run dev`, `npm run demo` and the
// real-browser tests): the content script also runs on pages served from 127.0.0.1 and
// localhost. Store builds never match local hosts. Test builds go to their own folder so
// they never end up in a store zip.
const localHosts = process.env.TALLY_LOCAL_HOSTS === '1';

// Firefox gets Manifest V2: its host permissions are granted at install (MV3 makes them
// opt-in, so Tally would stay silent on news sites until the reader found a setting), and
// its event page has a DOM, which Dexie relies on. Chrome gets MV3.
//
// The interface speaks the browser's language (French or English, else English): the messages
// are components/locales/*.yml, which @wxt-dev/i18n turns into _locales/<lang>/messages.json.
// The manifest names them with __MSG_<group>_<key>__.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  srcDir: '.',
  outDir: localHosts ? '.output/test' : '.output',
  i18n: { localesDir: resolve(import.meta.dirname, 'components/locales') },
  manifest: ({ browser }) => ({
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    default_locale: 'en',
    // activeTab: the popup opened from the toolbar may read its tab's address, so that it can
    // offer "Enable on this site" on a site Tally has no permission for (no install warning).
    // Test builds add `tabs` for the same: a test opens the popup in a tab, not from the
    // toolbar button, which is what grants activeTab.
    permissions: ['storage', 'scripting', 'activeTab', ...(localHosts ? ['tabs'] : [])],
    // Any other site, one at a time and only when the reader asks from the popup: optional,
    // so nothing is asked at install (Chrome MV3 and Firefox MV2 name the key differently).
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*/*'] }
      : { optional_host_permissions: ['*://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tally@tally.example',
              // 140 (the ESR of 2025) is the first to understand data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // WXT takes the action's title from the popup's <title>, which a page cannot localise.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_manifest_actionTitle__';
    },
    // On the entry points rather than the generated manifest: in dev mode WXT leaves content
    // scripts out of the manifest and registers them at run time from these options.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (!localHosts) return;
      for (const entry of entrypoints) {
        if (entry.type !== 'content-script') continue;
        entry.options.matches = [...(entry.options.matches ?? []), ...LOCAL_TEST_MATCHES];
      }
    },
  },
});
