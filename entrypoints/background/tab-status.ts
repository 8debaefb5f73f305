import { storage } from 'wxt/utils/storage';
import type { TabStatus } from '@/lib/messaging/protocol';

// Session storage survives the MV3 service worker going to sleep, and is cleared with the browser.
const tabs = storage.defineItem<Record<string, TabStatus>>('session:tabs', { fallback: {} });

export async function rememberTabStatus(status: TabStatus): Promise<void> {
  const all = await tabs.getValue();
  await tabs.setValue({ ...all, [status.tabId]: status });
}

export async function getTabStatus(tabId: number): Promise<TabStatus | null> {
  return (await tabs.getValue())[tabId] ?? null;
}

export async function forgetTabStatus(tabId: number): Promise<void> {
  const { [tabId]: _gone, ...rest } = await tabs.getValue();
  await tabs.setValue(rest);
}
