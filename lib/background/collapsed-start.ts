/**
 * Whether shop pages start with the panel collapsed, decided before the page is parsed. The panel's
 * room is made at document start (lib/content/mount.ts), long before the background could answer a
 * question; so for a person who keeps the panel collapsed, the background registers one more
 * document-start script (entrypoints/room-collapsed.ts) that makes the host start as the tab, and
 * takes it away when the panel is opened again. Nothing is registered for the usual open panel.
 * The registration follows every settings write and is checked again whenever the background starts.
 */
import type { Settings } from '../store/settings';
import type { Store } from '../store/types';

export const COLLAPSED_START_ID = 'vinkje-collapsed-start';
export const COLLAPSED_START_SCRIPT = '/room-collapsed.js' as const;

/** The part of `scripting` that registers content scripts at run time. */
export interface ContentScriptRegistry {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<readonly { id: string }[]>;
  registerContentScripts(
    scripts: { id: string; matches: string[]; js: [typeof COLLAPSED_START_SCRIPT]; runAt: 'document_start'; allFrames: false }[],
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

/**
 * Brings the registration in line with the setting. Calls run one after another (two registrations
 * of one id would fail); a failure is logged and the next call tries again.
 */
export function collapsedStart(registry: ContentScriptRegistry | undefined, matches: string[], log: (message: string, detail?: unknown) => void) {
  let queue: Promise<void> = Promise.resolve();
  return (collapsed: boolean): Promise<void> => {
    queue = queue.then(async () => {
      if (!registry) return;
      try {
        const registered = (await registry.getRegisteredContentScripts({ ids: [COLLAPSED_START_ID] })).length > 0;
        if (collapsed && !registered) {
          await registry.registerContentScripts([{ id: COLLAPSED_START_ID, matches, js: [COLLAPSED_START_SCRIPT], runAt: 'document_start', allFrames: false }]);
        } else if (!collapsed && registered) {
          await registry.unregisterContentScripts({ ids: [COLLAPSED_START_ID] });
        }
      } catch (error) {
        log('Vinkje: the collapsed start of shop pages could not be set', error);
      }
    });
    return queue;
  };
}

/** The store, telling `follow` the collapsed setting after every settings write. */
export function withCollapsedStart(store: Store, follow: (collapsed: boolean) => Promise<void>): Store {
  const following: Store = Object.create(store) as Store;
  following.putSettings = async (settings: Settings) => {
    await store.putSettings(settings);
    // As the pages will be shown (a policy may decide it): the settings the store now gives. The write
    // itself succeeded: a failure to read them back leaves the registration to the next start.
    const stored = await store.getSettings().catch(() => null);
    if (stored) await follow(stored.sidebarCollapsed);
  };
  return following;
}
