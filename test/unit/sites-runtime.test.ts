import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import {
  CONTENT_SCRIPT_FILE,
  contentScriptFiles,
  enableSite,
  isNewsSite,
  revokeSite,
  type SitesApi,
  siteOf,
  syncSiteScripts,
} from '@/lib/sites-runtime';

/** An in-memory browser: granted origins, registered scripts, and a log of injections. */
function fakeApi(granted: string[] = [], answer = true, css: string[] = []) {
  const origins = new Set(granted);
  const scripts = new Map<string, { id: string; matches: string[]; js: string[] }>();
  const injected: { tabId: number; files: string[] }[] = [];
  const api: SitesApi = {
    runtime: {
      getManifest: () => ({
        content_scripts: [{ js: [CONTENT_SCRIPT_FILE], ...(css.length ? { css } : {}) }],
      }),
    },
    permissions: {
      request: async (p) => {
        if (answer) for (const o of p.origins) origins.add(o);
        return answer;
      },
      remove: async (p) => {
        for (const o of p.origins) origins.delete(o);
        return true;
      },
      contains: async (p) => p.origins.every((o) => origins.has(o)),
    },
    scripting: {
      registerContentScripts: async (list) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) scripts.delete(id);
      },
      getRegisteredContentScripts: async (filter) =>
        [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      executeScript: async ({ target, files }) => {
        injected.push({ tabId: target.tabId, files });
        return [];
      },
      insertCSS: async ({ target, files }) => {
        injected.push({ tabId: target.tabId, files });
      },
    },
  };
  return { api, origins, scripts, injected };
}

describe('sites', () => {
  it('knows the built-in news sites and their subdomains, and nothing else', () => {
    expect(isNewsSite('www.lemonde.fr')).toBe(true);
    expect(isNewsSite('lemonde.fr')).toBe(true);
    expect(isNewsSite('notlemonde.fr')).toBe(false);
    expect(isNewsSite('blog.example.com')).toBe(false);
  });

  it('reads the site of web pages only', () => {
    expect(siteOf('https://blog.example.com/post?x=1')).toBe('blog.example.com');
    expect(siteOf('chrome-extension://abc/popup.html')).toBeNull();
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  it('enables a site: registers the script, starts it in the tab, remembers the site', async () => {
    const { api, scripts, injected } = fakeApi(['*://blog.example.com/*']);
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['blog.example.com'] };
    const next = await enableSite('blog.example.com', settings, 7, api);
    expect([...scripts.values()]).toEqual([
      {
        id: 'tally-site-blog.example.com',
        matches: ['*://blog.example.com/*'],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
      },
    ]);
    expect(injected).toEqual([{ tabId: 7, files: [CONTENT_SCRIPT_FILE] }]);
    expect(next.enabledSites).toEqual(['blog.example.com']);
    expect(next.disabledSites).toEqual([]);
    // Enabling twice replaces the registration instead of failing on a duplicate id.
    await enableSite('blog.example.com', next, null, api);
    expect(scripts.size).toBe(1);
  });

  it('registers the stylesheet the manifest gives the content script, if any', async () => {
    const { api, scripts, injected } = fakeApi(['*://a.example/*'], true, [
      'content-scripts/content.css',
    ]);
    await enableSite('a.example', DEFAULT_SETTINGS, 3, api);
    expect(scripts.get('tally-site-a.example')).toMatchObject({
      js: [CONTENT_SCRIPT_FILE],
      css: ['content-scripts/content.css'],
    });
    expect(injected).toEqual([
      { tabId: 3, files: ['content-scripts/content.css'] },
      { tabId: 3, files: [CONTENT_SCRIPT_FILE] },
    ]);
    // Dev builds leave content scripts out of the manifest: the script alone, then.
    expect(contentScriptFiles({})).toEqual({ js: [CONTENT_SCRIPT_FILE] });
  });

  it('revokes a site: unregisters the script and gives the permission back', async () => {
    const { api, scripts, origins } = fakeApi(['*://blog.example.com/*']);
    const on = await enableSite('blog.example.com', DEFAULT_SETTINGS, null, api);
    const off = await revokeSite('blog.example.com', on, api);
    expect(scripts.size).toBe(0);
    expect(origins.size).toBe(0);
    expect(off.enabledSites).toEqual([]);
  });

  it('syncs registrations with the settings and the permissions still granted', async () => {
    const { api, scripts } = fakeApi(['*://a.example/*', '*://b.example/*']);
    await api.scripting.registerContentScripts([
      { id: 'tally-site-old.example', matches: [], js: [], runAt: 'document_idle' },
      { id: 'tally-site-a.example', matches: [], js: [], runAt: 'document_idle' },
      { id: 'someone-else', matches: [], js: [], runAt: 'document_idle' },
    ]);
    const result = await syncSiteScripts(
      { enabledSites: ['a.example', 'b.example', 'withdrawn.example'] },
      api,
    );
    expect(result).toEqual({ registered: ['b.example'], unregistered: ['old.example'] });
    expect([...scripts.keys()].sort()).toEqual([
      'someone-else',
      'tally-site-a.example',
      'tally-site-b.example',
    ]);
    // Run again: nothing to do.
    expect(await syncSiteScripts({ enabledSites: ['a.example', 'b.example'] }, api)).toEqual({
      registered: [],
      unregistered: [],
    });
  });
});
