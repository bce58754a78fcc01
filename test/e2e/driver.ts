/**
 * One small interface over Playwright (Chromium) and Puppeteer (Firefox), so every scenario is
 * written once. Scenarios act like a person: they click visible texts and type into labelled fields;
 * they read Vinkje only through the documented test hooks.
 */

export type BrowserName = 'chromium' | 'firefox';

export interface E2EPage {
  goto(url: string): Promise<void>;
  url(): string;
  /** Runs in the page's main world (the sidebar's open shadow root is reachable from there). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Evaluates a script's source through the automation protocol (not as a page script), so it also
   * runs on extension pages whose CSP forbids inline scripts. Used to bring in axe-core.
   */
  evaluateSource(source: string): Promise<unknown>;
  /**
   * Runs a script's source in the page's main world at the start of every document this page loads
   * from now on, before the document's own scripts (to observe the page as it loads).
   */
  addInitScript(source: string): Promise<void>;
  /** Clicks the element at viewport point (x, y) with the real mouse, holding the button down for holdMs. */
  mouseClick(x: number, y: number, holdMs?: number): Promise<void>;
  /** Types text with the real keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  press(key: 'Tab' | 'Enter' | 'Space' | 'Escape' | 'Shift+Tab'): Promise<void>;
  /** Resolves after the next top-level navigation has loaded. */
  waitForNavigation(action: () => Promise<void>): Promise<void>;
  reload(): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: BrowserName;
  newPage(): Promise<E2EPage>;
  /**
   * The tabs the extension itself opened when it was installed (the welcome page), in the order
   * they opened. The launcher closes them, so every scenario starts without them.
   */
  openedOnInstall: string[];
  /** Tabs the extension opened on the latest restart (a browser start is no install: none). */
  openedOnRestart: string[];
  /** URL of an extension page, e.g. extensionUrl('popup.html'). */
  extensionUrl(file: string): string;
  /**
   * Starts keeping the title and message of every notification the extension creates from now on,
   * and returns a reader for them. The browsers' own API gives ids only (Chromium's getAll), or
   * nothing once shown (headless Firefox closes them at once), and a person reads the text.
   */
  recordNotificationTexts(): Promise<() => Promise<NotificationText[]>>;
  /** Closes the browser and starts it again on the same profile (progress must survive). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface NotificationText {
  id: string;
  title: string;
  message: string;
}

export interface LaunchOptions {
  extensionDir: string;
  proxyUrl: string;
  profileDir: string;
  headless: boolean;
  /**
   * Enterprise policies (policies.json's "policies" object) for this browser only. Firefox reads them
   * from a file named by a pref when it runs under automation; Chromium reads policies only from
   * machine-wide folders, so it does not take them here.
   */
  policies?: Record<string, unknown>;
  /** The system's colour scheme the pages see (prefers-color-scheme); light unless asked. */
  colorScheme?: 'light' | 'dark';
}
