import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createService } from '../../lib/background/service';
import { routeMessage } from '../../lib/background/router';
import { REMINDER_ALARM, targetOfNotification } from '../../lib/background/alerts';
import { openStore } from '../../lib/store/db';
import { createPagesApi } from '../../lib/background/pages-api';

export default defineBackground({
  type: 'module',
  main() {
    const storeReady = openStore();
    const serviceReady = storeReady.then((store) =>
      createService({
        store,
        now: () => Date.now(),
        alerts: {
          setBadge: async (text, color) => {
            await browser.action.setBadgeText({ text });
            await browser.action.setBadgeBackgroundColor({ color });
          },
          scheduleAlarm: async (name, when) => {
            await browser.alarms.clear(name);
            if (when !== null && when > Date.now()) browser.alarms.create(name, { when });
          },
          notify: async (id, title, message) => {
            await browser.notifications.create(id, {
              type: 'basic',
              iconUrl: browser.runtime.getURL('/icon/128.png'),
              title,
              message,
            });
          },
        },
      }),
    );

    const iconUrl = browser.runtime.getURL('/icon/128.png');
    const origin = new URL(iconUrl).origin;
    const pagesReady = Promise.all([storeReady, serviceReady]).then(([store, service]) =>
      createPagesApi({ store, service, now: () => Date.now() }),
    );
    browser.runtime.onMessage.addListener((message: unknown, sender) =>
      Promise.all([serviceReady, pagesReady]).then(([service, pages]) =>
        routeMessage(service, pages, message, sender, { extensionId: browser.runtime.id, extensionOrigin: origin, log: console.warn }),
      ),
    );

    // Alarms do not survive every restart: recompute them from storage whenever the worker wakes.
    browser.runtime.onInstalled.addListener(() => void serviceReady.then((s) => s.refresh()));
    browser.runtime.onStartup.addListener(() => void serviceReady.then((s) => s.refresh()));
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === REMINDER_ALARM) void serviceReady.then((s) => s.refresh(true));
    });
    browser.notifications.onClicked.addListener((id) => {
      const target = targetOfNotification(id);
      if (!target) return;
      void serviceReady.then(async (s) => {
        await browser.tabs.create({ url: await s.shopUrl(target) });
        await browser.notifications.clear(id);
      });
    });
    browser.tabs.onRemoved.addListener((tabId) => void serviceReady.then((s) => s.forgetTab(tabId)));
  },
});
