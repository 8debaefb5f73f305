/**
 * Sites the reader turns Tally on for, outside the built-in news sites: an optional host
 * permission for that one site, then the content script registered for it. Extension pages
 * (the popup) and the background use this; it is no part of the content script.
 */
import { browser } from 'wxt/browser';
import type { Settings } from './settings';
import { NEWS_SITES } from './sites';

/** The built content script, as WXT writes it (entrypoints/content → content-scripts/content.js). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** The files of the news sites' content script: its script and any stylesheet WXT built for it. */
export interface ScriptFiles {
  js: string[];
  css?: string[];
}

/**
 * The files to register for a reader-enabled site: the same ones the manifest gives the news
 * sites (so a stylesheet added to the content script comes along), else the script alone.
 */
export function contentScriptFiles(
  manifest: { content_scripts?: { js?: string[]; css?: string[] }[] } | undefined,
): ScriptFiles {
  const entry = manifest?.content_scripts?.find((s) => s.js?.includes(CONTENT_SCRIPT_FILE));
  if (!entry) return { js: [CONTENT_SCRIPT_FILE] };
  return entry.css?.length
    ? { js: [CONTENT_SCRIPT_FILE], css: entry.css }
    : { js: [CONTENT_SCRIPT_FILE] };
}

const SCRIPT_ID_PREFIX = 'tally-site-';

/** The slice of the WebExtension API this module uses: tests pass a fake. */
export interface SitesApi {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  runtime: { getManifest(): { content_scripts?: { js?: string[]; css?: string[] }[] } };
  scripting: {
    registerContentScripts(
      scripts: ({ id: string; matches: string[]; runAt: 'document_idle' } & ScriptFiles)[],
    ): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
    insertCSS(injection: { target: { tabId: number }; files: string[] }): Promise<void>;
  };
}

const defaultApi = () => browser as unknown as SitesApi;

/** True when a hostname is one of the built-in news sites or a subdomain of one. */
export function isNewsSite(hostname: string, sites: readonly string[] = NEWS_SITES): boolean {
  const host = hostname.toLowerCase();
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The hostname of a page Tally could run on (http or https), else null. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** The match patterns that give Tally one site (that hostname exactly, http and https). */
export function originsFor(hostname: string): string[] {
  return [`*://${hostname}/*`];
}

/** The id of the content script registered for a site. */
export function scriptIdFor(hostname: string): string {
  return `${SCRIPT_ID_PREFIX}${hostname}`;
}

/**
 * Asks the reader for access to one site. Call it first thing in a click handler, before any
 * other await: Firefox grants permissions only while handling the reader's input.
 */
export function requestSite(hostname: string, api: SitesApi = defaultApi()): Promise<boolean> {
  return api.permissions.request({ origins: originsFor(hostname) });
}

function registration(hostname: string, api: SitesApi) {
  return {
    id: scriptIdFor(hostname),
    matches: originsFor(hostname),
    runAt: 'document_idle' as const,
    ...contentScriptFiles(api.runtime.getManifest()),
  };
}

/** Registers the content script for a site (its permission already granted), replacing any earlier registration. */
export async function registerSite(hostname: string, api: SitesApi = defaultApi()): Promise<void> {
  const id = scriptIdFor(hostname);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [id] });
  await api.scripting.registerContentScripts([registration(hostname, api)]);
}

/**
 * Turns Tally on for a site once the permission is granted: registers the script, starts it in
 * the open tab, and returns the settings with the site remembered.
 */
export async function enableSite(
  hostname: string,
  settings: Settings,
  tabId: number | null,
  api: SitesApi = defaultApi(),
): Promise<Settings> {
  await registerSite(hostname, api);
  if (tabId !== null) {
    const files = contentScriptFiles(api.runtime.getManifest());
    if (files.css) await api.scripting.insertCSS({ target: { tabId }, files: files.css });
    await api.scripting.executeScript({ target: { tabId }, files: files.js });
  }
  return {
    ...settings,
    enabledSites: [...new Set([...settings.enabledSites, hostname])],
    disabledSites: settings.disabledSites.filter((site) => site !== hostname),
  };
}

/** Turns Tally off for a site the reader had turned on: unregisters it and gives the permission back. */
export async function revokeSite(
  hostname: string,
  settings: Settings,
  api: SitesApi = defaultApi(),
): Promise<Settings> {
  const id = scriptIdFor(hostname);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [id] });
  await api.permissions.remove({ origins: originsFor(hostname) });
  return { ...settings, enabledSites: settings.enabledSites.filter((site) => site !== hostname) };
}

/**
 * Makes the registered content scripts match the settings: one per enabled site whose
 * permission is still granted, none for any other. For the background, at startup and when
 * the settings change (registrations may not survive a browser restart, and the reader can
 * withdraw a permission from the browser's own settings).
 */
export async function syncSiteScripts(
  settings: Pick<Settings, 'enabledSites'>,
  api: SitesApi = defaultApi(),
): Promise<{ registered: string[]; unregistered: string[] }> {
  const registered = new Set(
    (await api.scripting.getRegisteredContentScripts())
      .map((s) => s.id)
      .filter((id) => id.startsWith(SCRIPT_ID_PREFIX))
      .map((id) => id.slice(SCRIPT_ID_PREFIX.length)),
  );
  const wanted = new Set<string>();
  for (const site of settings.enabledSites) {
    if (await api.permissions.contains({ origins: originsFor(site) })) wanted.add(site);
  }
  const toRemove = [...registered].filter((site) => !wanted.has(site));
  const toAdd = [...wanted].filter((site) => !registered.has(site));
  if (toRemove.length > 0)
    await api.scripting.unregisterContentScripts({ ids: toRemove.map(scriptIdFor) });
  if (toAdd.length > 0) {
    await api.scripting.registerContentScripts(toAdd.map((site) => registration(site, api)));
  }
  return { registered: toAdd, unregistered: toRemove };
}
