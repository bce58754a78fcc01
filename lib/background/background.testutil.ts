/**
 * Runs the real background on WXT's fake browser, a fake IndexedDB and a fake clock, and acts as the
 * browser would: deliver messages from shop tabs and extension pages, fire alarms at their scheduled
 * time, restart the worker or the whole browser. Everything the person would notice (badge, alarms,
 * notifications, opened tabs) is read back through the fake browser's own APIs.
 */
// The idb layer needs IDBKeyRange and friends as globals, as in a browser.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageObservation } from '../core/observation';
import type { PageAnswer, PageMessage } from '../messages';
import { openStore } from '../store/db';
import type { Store } from '../store/types';
import { DAY_ALARM, REMINDER_ALARM } from './reminder-notifications';
import type { SenderLike } from './sender';
import { startBackground, type BackgroundBrowser } from './start';
import type { ContentScriptRegistry } from './collapsed-start';
import { DOMParser } from 'linkedom';
import { createPageReader, type OffscreenApi, type ReaderRequest } from './page-reader';

export const SHOP_PAGE = 'https://www.slbdiensten.nl/account/';
export const EXTENSION_PAGE = () => fakeBrowser.runtime.getURL('/popup.html');

export interface Shown {
  id: string;
  title: string;
  message: string;
  at: number;
}

/** "#1565C0" as the [r, g, b, a] the browser hands back. */
export function rgba(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

/** The browser events the background listens to, so a "restart" can drop its listeners. */
function dropListeners(): void {
  const events = [
    fakeBrowser.runtime.onMessage,
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.runtime.onStartup,
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.tabs.onRemoved,
  ];
  for (const event of events) (event as unknown as { removeAllListeners(): void }).removeAllListeners();
}

export type Answer = { ok: boolean; error?: string; view?: unknown; data?: unknown };
type MessageSender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

/** Delivers a message to the background as the browser would, with the sender the browser vouches for. */
export async function deliver(message: unknown, sender: SenderLike): Promise<Answer> {
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender as MessageSender);
  return answers[0] as Answer;
}

/** Chrome's way of reading pages: an offscreen document (made, closed) reached by runtime.sendMessage. */
export interface OffscreenReaderFake {
  api: OffscreenApi;
  sendMessage: (message: ReaderRequest) => Promise<unknown>;
}

export async function bootBackground(options: { at: number; install?: boolean; offscreenReader?: OffscreenReaderFake }) {
  fakeBrowser.reset();
  vi.setSystemTime(options.at);
  const factory = new IDBFactory();
  const logs: Array<{ message: string; detail: unknown }> = [];
  const shown: Shown[] = [];
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications) as (id: string, details: unknown) => Promise<string>;
  const recordAndCreate = async (id: string, details: { title: string; message: string }) => {
    shown.push({ id, title: details.title, message: details.message, at: Date.now() });
    return create(id, details);
  };
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(recordAndCreate as unknown as typeof fakeBrowser.notifications.create);
  // The content scripts registered at run time, kept as the browser keeps them (across a restart).
  const registered = new Map<string, { id: string; js?: string[]; runAt?: string; matches?: string[] }>();
  type Registered = typeof registered extends Map<string, infer V> ? V : never;
  const scripting = fakeBrowser.scripting as unknown as Required<ContentScriptRegistry>;
  vi.spyOn(scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) => [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)));
  vi.spyOn(scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const script of scripts as Registered[]) {
      if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      registered.set(script.id, script);
    }
  });
  vi.spyOn(scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
  });

  let store: Store | null = null;
  let settled: () => Promise<void> = async () => {};
  async function start(): Promise<Store> {
    const offscreen = options.offscreenReader;
    if (offscreen) vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(offscreen.sendMessage as unknown as typeof fakeBrowser.runtime.sendMessage);
    const browser = (offscreen ? Object.assign(fakeBrowser, { offscreen: offscreen.api }) : fakeBrowser) as unknown as BackgroundBrowser;
    const running = startBackground({
      browser,
      openStore: () => openStore({ indexedDB: factory, now: () => Date.now() }),
      now: () => Date.now(),
      log: (message, detail) => logs.push({ message, detail }),
      // Node has no DOM: page snapshots are read with the test DOM, as Firefox's background reads them with its own.
      // With an offscreen reader, the background reads through it as in Chrome's service worker.
      readSnapshot: offscreen ? undefined : createPageReader({ domParser: new DOMParser() as unknown as { parseFromString(html: string, type: 'text/html'): Document } }).read,
    });
    const ready = await running.ready;
    store = ready.store;
    settled = () => ready.service.settled();
    // The data must live in IndexedDB, as in the browser, so that a browser restart keeps it.
    if (store.backend !== 'indexeddb') throw new Error(`store opened on ${store.backend}`);
    return store;
  }
  await start();
  if (options.install !== false) await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });

  const answerOf = (message: unknown, sender: SenderLike) => deliver(message, sender);

  const bg = {
    /** The browser's IndexedDB, to damage a record behind the store's back. */
    factory,
    /** The content scripts the background registered at run time. */
    registeredScripts: () => [...registered.values()],
    logs,
    shown,
    get store(): Store {
      if (!store) throw new Error('not started');
      return store;
    },
    setClock(at: number) {
      vi.setSystemTime(at);
    },
    fromShop(message: unknown, url = SHOP_PAGE, tabId = 7) {
      return answerOf(message, { id: fakeBrowser.runtime.id, url, origin: new URL(url).origin, tab: { id: tabId } });
    },
    fromExtensionPage(message: unknown) {
      const url = EXTENSION_PAGE();
      return answerOf(message, { id: fakeBrowser.runtime.id, url, origin: new URL(url).origin });
    },
    /** A well-formed message from an extension page, answered with the type the protocol gives it. */
    async ask<M extends PageMessage>(message: M): Promise<PageAnswer<M['type']>> {
      return (await bg.fromExtensionPage(message)) as PageAnswer<M['type']>;
    },
    /** What the shop's content script sends after reading a page; the clock moves to when it was read. */
    async see(...observations: PageObservation[]) {
      for (const observation of observations) {
        vi.setSystemTime(observation.seenAt);
        const answer = await bg.fromShop({ type: 'observe', observation }, observation.url);
        if (!answer.ok) throw new Error(`observation refused: ${answer.error}`);
        // The tab has its view; what the page changed is stored, and the badge and reminders follow, after it.
        await settled();
      }
    },
    /** Until the background has stored everything asked of it so far, with its badge and reminders. */
    settled: () => settled(),
    async alarm(name: string) {
      return (await fakeBrowser.alarms.get(name)) ?? null;
    },
    async badge() {
      return { text: await fakeBrowser.action.getBadgeText({}), color: await fakeBrowser.action.getBadgeBackgroundColor({}) };
    },
    /** Fires one alarm now, as the browser does at its scheduled time. */
    async fire(name: string) {
      const alarm = await fakeBrowser.alarms.get(name);
      await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: alarm?.scheduledTime ?? Date.now() });
    },
    /**
     * Lets time pass up to `until`, firing each of Vinkje's alarms at the moment it was scheduled for,
     * in order, the way a browser that stays open would. Returns the notifications shown meanwhile.
     */
    async runUntil(until: number): Promise<Shown[]> {
      const before = shown.length;
      for (let i = 0; i < 500; i++) {
        const due = (await fakeBrowser.alarms.getAll())
          .filter((a) => (a.name === REMINDER_ALARM || a.name === DAY_ALARM) && a.scheduledTime <= until)
          .sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
        if (!due) {
          vi.setSystemTime(until);
          return shown.slice(before);
        }
        // The browser removes a one-off alarm when it fires.
        await fakeBrowser.alarms.clear(due.name);
        vi.setSystemTime(due.scheduledTime);
        await fakeBrowser.alarms.onAlarm.trigger({ name: due.name, scheduledTime: due.scheduledTime });
        // Whatever fired, what is scheduled next lies in the future (else the browser would loop or go quiet).
        const stale = (await fakeBrowser.alarms.getAll()).filter((a) => a.scheduledTime <= due.scheduledTime);
        if (stale.length > 0) throw new Error(`alarm set in the past: ${JSON.stringify(stale)}`);
      }
      throw new Error('alarms keep firing');
    },
    /** The service worker is stopped and woken again: listeners and memory are gone, alarms, badge and data stay. */
    async restartWorker() {
      dropListeners();
      bg.store.close();
      await start();
    },
    /** The browser is closed and opened: alarms, badge and notifications are gone too; the data stays. */
    async restartBrowser() {
      bg.store.close();
      fakeBrowser.reset();
      await start();
      await fakeBrowser.runtime.onStartup.trigger();
    },
  };
  return bg;
}

export type TestBackground = Awaited<ReturnType<typeof bootBackground>>;
