/**
 * When IndexedDB works again after Vinkje had to fall back to storage.local, what was written there
 * is moved into IndexedDB, so progress made meanwhile is not stranded in a store nobody reads. The
 * fallback is the newer of the two (Vinkje writes to one at a time, and moves back at the first open
 * that works), so its records win; the notified keys are joined, so nothing is notified twice. A
 * reset done on the fallback empties IndexedDB first. Until the move has succeeded Vinkje stays on
 * the fallback, so IndexedDB never gets ahead of it.
 */
import { META_NOTIFIED, META_REMINDED_UP_TO, META_RESET_AT, TABLES, type Backend, type WriteOp } from './backend';
import { NOTIFIED_LIMIT } from './schemas';
import { STORAGE_PREFIX, STORAGE_VERSION_KEY, openStorageLocalBackend, type StorageAreaLike } from './storage-local-backend';

/** Every key Vinkje's store has in the area (records and the data version). */
export async function fallbackKeys(area: StorageAreaLike): Promise<string[]> {
  return Object.keys(await area.get(null)).filter((key) => key.startsWith(STORAGE_PREFIX));
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The writes that bring the fallback's records into `target`. */
async function mergeOps(target: Backend, fallback: Backend): Promise<WriteOp[]> {
  const ops: WriteOp[] = [];
  const wasReset = (await fallback.get('meta', META_RESET_AT)) !== undefined;
  if (wasReset) ops.push(...TABLES.map((table): WriteOp => ({ type: 'clear', table })));
  for (const table of TABLES) {
    for (const [key, value] of await fallback.entries(table)) {
      if (table === 'meta' && key === META_RESET_AT) continue;
      let merged = value;
      if (table === 'meta' && key === META_NOTIFIED && !wasReset) {
        const joined = [...new Set([...strings(await target.get('meta', key)), ...strings(value)])];
        merged = joined.slice(-NOTIFIED_LIMIT);
      } else if (table === 'meta' && key === META_REMINDED_UP_TO && !wasReset) {
        const known = await target.get('meta', key);
        if (typeof known === 'number' && typeof value === 'number') merged = Math.max(known, value);
      }
      ops.push({ type: 'put', table, key, value: merged });
    }
  }
  return ops;
}

/**
 * Moves the fallback's records into `target` in one transaction, then removes them from the area.
 * Resolves to whether there was anything to move; rejects (changing nothing) when the move failed.
 */
export async function moveFallbackInto(target: Backend, area: StorageAreaLike): Promise<boolean> {
  const keys = await fallbackKeys(area);
  if (keys.every((key) => key === STORAGE_VERSION_KEY)) return false;
  // Opening runs the fallback's own migrations, so its records have the current shape.
  const fallback = await openStorageLocalBackend(area);
  await target.write(await mergeOps(target, fallback));
  await area.remove(await fallbackKeys(area));
  return true;
}
