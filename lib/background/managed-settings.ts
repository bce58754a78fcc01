/**
 * Settings fixed by the organisation's IT through browser policy: read from `storage.managed`, put
 * over the user's own settings on every read, and kept out of what is stored on every write.
 */
import { applyManaged, keepUserValues, parseManagedSettings, type ManagedSettings } from '../core/managed-settings';
import type { Store } from '../store/types';

export interface ManagedAreaLike {
  get(): Promise<Record<string, unknown>>;
}

/**
 * The managed settings now. Read afresh each time, so a policy change applies without a restart.
 * No area, or one that refuses (Firefox without a policy for Vinkje rejects the read): no policy.
 */
export async function readManagedSettings(area: ManagedAreaLike | undefined): Promise<{ managed: ManagedSettings; problems: string[] }> {
  if (!area) return { managed: {}, problems: [] };
  try {
    return parseManagedSettings(await area.get());
  } catch {
    return { managed: {}, problems: [] };
  }
}

/** The store, seen through the policy: getSettings gives what applies, putSettings keeps the user's own. */
export function withManagedSettings(store: Store, readManaged: () => Promise<ManagedSettings>): Store {
  const managedStore: Store = Object.create(store) as Store;
  managedStore.getSettings = async () => applyManaged(await store.getSettings(), await readManaged());
  managedStore.putSettings = async (settings) => {
    const [stored, managed] = await Promise.all([store.getSettings(), readManaged()]);
    await store.putSettings(keepUserValues(settings, stored, managed));
  };
  return managedStore;
}
