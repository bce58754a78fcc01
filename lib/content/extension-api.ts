/**
 * The one extension API the content script uses, without the webextension-polyfill (it would add
 * about 5 KB to every shop page): Firefox's `browser` and Chrome's `chrome` both return promises
 * from runtime.sendMessage in Manifest V3.
 */
interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

export function runtime(): RuntimeLike | undefined {
  const g = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** True once this copy belongs to an extension that was updated, reloaded or removed. */
export function extensionContextGone(): boolean {
  try {
    return !runtime()?.id;
  } catch {
    return true; // Firefox may throw instead of answering once the extension is gone
  }
}
