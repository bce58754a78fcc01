/**
 * Starts the background: opens the store, builds the service and the pages API, and registers every
 * browser listener. The browser, the store and the clock are passed in, so tests can start the real
 * background on a fake browser, a fake database and a fake clock.
 *
 * Listeners are registered synchronously, before anything is awaited: an MV3 service worker woken by
 * an event only delivers it to listeners that exist after the first run of the script.
 */
import { DAY_ALARM, REMINDER_ALARM, targetOfNotification } from './reminder-notifications';
import { welcomeOnInstall, type InstalledDetails } from './first-run';
import { readManagedSettings, withManagedSettings, type ManagedAreaLike } from './managed-settings';
import { createPagesApi } from './pages-api';
import { routeMessage, type OnDemandScript, type RouterContext } from './router';
import { readerClientFinder } from './reader-port';
import { collapsedStart, withCollapsedStart, type ContentScriptRegistry } from './collapsed-start';
import { SHOP_PAGES } from '../content/shop-pages';
import { createPageReader, READER_IDLE_ALARM, READER_IDLE_MS, READER_PAGE, type OffscreenApi, type PageReader, type ReadSnapshot, type ReaderRequest } from './page-reader';
import type { SenderLike } from './sender';
import { createService, type Service } from './service';
import type { Store } from '../store/types';

interface BrowserEvent<Listener> {
  addListener(listener: Listener): void;
}

/** The part of the browser API the background uses (both the real one and a fake satisfy it). */
export interface BackgroundBrowser {
  runtime: {
    id: string;
    getURL(path: '/icon/128.png' | '/welcome.html' | '/reader.html'): string;
    onMessage: BrowserEvent<(message: unknown, sender: SenderLike) => Promise<unknown> | undefined>;
    onInstalled: BrowserEvent<(details?: InstalledDetails) => void>;
    onStartup: BrowserEvent<() => void>;
    /** Reaches the offscreen page reader (Chrome). */
    sendMessage?(message: ReaderRequest): Promise<unknown>;
  };
  /** Chrome's offscreen documents: where a service worker gets a DOM to read pages with. */
  offscreen?: OffscreenApi;
  alarms: {
    clear(name: string): Promise<boolean>;
    create(name: string, info: { when: number }): void | Promise<void>;
    onAlarm: BrowserEvent<(alarm: { name: string }) => void>;
  };
  notifications: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
    clear(id: string): Promise<boolean>;
    getAll(): Promise<Record<string, unknown>>;
    onClicked: BrowserEvent<(id: string) => void>;
  };
  tabs: {
    create(properties: { url: string }): Promise<unknown>;
    onRemoved: BrowserEvent<(tabId: number) => void>;
  };
  /** Adds a script the content script loads on demand (the page report, the English texts) to a shop frame. */
  scripting?: {
    executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: [OnDemandScript] }): Promise<unknown>;
  } & Partial<ContentScriptRegistry>;
  /** `managed` holds the organisation's policy settings (absent where the browser has none). */
  storage?: { managed?: ManagedAreaLike };
  action: {
    setBadgeText(details: { text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
    setTitle(details: { title: string }): Promise<void>;
  };
}

/** The registry of content scripts, where the browser has all of it. */
function registryOf(scripting: BackgroundBrowser['scripting']): ContentScriptRegistry | undefined {
  if (!scripting?.getRegisteredContentScripts || !scripting.registerContentScripts || !scripting.unregisterContentScripts) return undefined;
  return scripting as ContentScriptRegistry;
}

export interface BackgroundDeps {
  browser: BackgroundBrowser;
  openStore: () => Promise<Store>;
  now: () => number;
  /** How page snapshots are read; default: here when this context has a DOM, else in an offscreen document. */
  readSnapshot?: ReadSnapshot;
  /** Draws the sidebar of a view as HTML for the shop's page (components/sidebar-html.tsx). */
  drawSidebar?: RouterContext['drawSidebar'];
  /** Where rejected messages are reported; default console.warn. */
  log?: (message: string, detail?: unknown) => void;
}

export interface RunningBackground {
  /** Resolves once the store is open and the service built. */
  ready: Promise<{ store: Store; service: Service }>;
}

export function startBackground(deps: BackgroundDeps): RunningBackground {
  const { browser, now } = deps;
  const log = deps.log ?? ((message: string, detail?: unknown) => console.warn(message, detail));
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  const extensionOrigin = new URL(iconUrl).origin;

  const readManaged = () => readManagedSettings(browser.storage?.managed);
  const followCollapsed = collapsedStart(registryOf(browser.scripting), SHOP_PAGES, log);
  const storeReady = deps
    .openStore()
    .then((store) => withCollapsedStart(withManagedSettings(store, async () => (await readManaged()).managed), followCollapsed));
  // Checked again whenever the background starts: a registration from before an update, or one that failed.
  void storeReady.then(async (store) => followCollapsed((await store.getSettings()).sidebarCollapsed)).catch(() => undefined);
  const serviceReady = storeReady.then((store) =>
    createService({
      store,
      now,
      log,
      alerts: {
        setBadge: async (text, color, title) => {
          await browser.action.setBadgeText({ text });
          await browser.action.setBadgeBackgroundColor({ color });
          await browser.action.setTitle({ title });
        },
        scheduleAlarm: async (name, when) => {
          await browser.alarms.clear(name);
          if (when !== null && when > now()) await browser.alarms.create(name, { when });
        },
        notify: async (id, title, message) => {
          await browser.notifications.create(id, { type: 'basic', iconUrl, title, message });
        },
        shownNotifications: async () => Object.keys(await browser.notifications.getAll()).filter((id) => id.startsWith('vinkje|')),
        clearNotification: async (id) => {
          await browser.notifications.clear(id);
        },
      },
    }),
  );
  const injectScript = async (tabId: number, frameId: number, file: OnDemandScript) => {
    if (!browser.scripting) throw new Error('no scripting API');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  };
  const pageReader: PageReader = deps.readSnapshot
    ? { read: deps.readSnapshot, closeIfIdle: async () => false }
    : createPageReader({
        domParser: typeof DOMParser === 'function' ? new DOMParser() : undefined,
        offscreen: browser.offscreen,
        sendMessage: browser.runtime.sendMessage && ((message) => browser.runtime.sendMessage!(message)),
        // Creating an alarm of the same name moves it: it fires once no page has been read for a while.
        afterOffscreenReading: () => void Promise.resolve(browser.alarms.create(READER_IDLE_ALARM, { when: now() + READER_IDLE_MS })).catch(() => undefined),
        findReaderClient: readerClientFinder(browser.runtime.getURL(`/${READER_PAGE}`)),
      });
  const readSnapshot = pageReader.read;
  const pagesReady = Promise.all([storeReady, serviceReady]).then(([store, service]) => createPagesApi({ store, service, now }));

  browser.runtime.onMessage.addListener((message, sender) =>
    Promise.all([serviceReady, pagesReady]).then(([service, pages]) =>
      routeMessage(service, pages, message, sender, { extensionId: browser.runtime.id, extensionOrigin, log, injectScript, readSnapshot, drawSidebar: deps.drawSidebar }),
    ),
  );

  // Each listener returns its work, so a caller (or a test) can wait for it; browsers ignore the value.
  // Alarms do not survive every restart: recompute them from storage whenever the worker wakes.
  const refresh = (reminderDue: boolean, notify = true) => serviceReady.then((s) => s.refresh(reminderDue, notify));
  browser.runtime.onInstalled.addListener((details) =>
    Promise.all([
      refresh(false),
      welcomeOnInstall(details, {
        openTab: (url) => browser.tabs.create({ url }),
        pageUrl: (path) => browser.runtime.getURL(path),
        welcomeSuppressed: async () => (await readManaged()).managed.openWelcomePage === false,
      }),
    ]),
  );
  browser.runtime.onStartup.addListener(() => refresh(false));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) return refresh(true);
    // A new day: the badge's day count changes, and the deadline may just have passed.
    if (alarm.name === DAY_ALARM) return refresh(false, false);
    // Chrome: the page reader's offscreen document, once no page has been read for a while.
    if (alarm.name === READER_IDLE_ALARM) return pageReader.closeIfIdle();
    return undefined;
  });
  browser.notifications.onClicked.addListener((id) => {
    const target = targetOfNotification(id);
    if (!target) return undefined;
    return serviceReady.then(async (s) => {
      await browser.tabs.create({ url: await s.shopUrl(target) });
      await browser.notifications.clear(id);
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => void serviceReady.then((s) => s.forgetTab(tabId)));

  return { ready: Promise.all([storeReady, serviceReady]).then(([store, service]) => ({ store, service })) };
}
