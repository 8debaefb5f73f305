import { browser } from 'wxt/browser';
import { handleMessage } from './handlers';
import { forgetTabStatus } from './tab-status';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, {
      extensionOrigin: browser.runtime.getURL('/popup.html').replace(/popup\.html$/, ''),
    }),
  );
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTabStatus(tabId);
  });
});
