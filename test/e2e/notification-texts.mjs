// @ts-check
/**
 * What Vinkje's notifications say, in Chromium (shared by the tests and the demo). The browser's own
 * API gives their ids only, so this keeps the title and message of each one the extension creates,
 * inside its service worker, and then creates it as before. The extension's `browser` looks the
 * method up on every call, so it goes through this.
 */

/** @typedef {{ id: string, title: string, message: string }} NotificationText */
/** @typedef {import('playwright-core').Worker} Worker */

/** Starts keeping the texts in this service worker (again after Chromium restarted it). @param {Worker} worker */
export async function keepNotificationTexts(worker) {
  await worker
    .evaluate(() => {
      const g = /** @type {{ chrome: { notifications: { create: (...args: unknown[]) => unknown } }, __vinkjeNotificationTexts?: NotificationText[] }} */ (
        /** @type {unknown} */ (globalThis)
      );
      if (g.__vinkjeNotificationTexts) return;
      /** @type {NotificationText[]} */
      const kept = (g.__vinkjeNotificationTexts = []);
      const api = g.chrome.notifications;
      const create = api.create.bind(api);
      api.create = (...args) => {
        const [id, options] = /** @type {[string, { title?: string, message?: string } | undefined]} */ (typeof args[0] === 'string' ? args : ['', args[0]]);
        kept.push({ id, title: options?.title ?? '', message: options?.message ?? '' });
        return create(...args);
      };
    })
    .catch(() => {});
}

/** Every notification kept so far in these workers, oldest first. @param {Worker[]} workers @returns {Promise<NotificationText[]>} */
export async function readNotificationTexts(workers) {
  const lists = await Promise.all(
    workers.map((worker) =>
      worker
        .evaluate(() => /** @type {{ __vinkjeNotificationTexts?: NotificationText[] }} */ (/** @type {unknown} */ (globalThis)).__vinkjeNotificationTexts ?? [])
        .catch(() => /** @type {NotificationText[]} */ ([])),
    ),
  );
  return lists.flat();
}
