/**
 * Import and reset from the options page. Both replace stored state, so both run in the one writer
 * and recompute the badge and the alarms afterwards.
 */
import type { ImportResult } from '../store/types';
import type { PagesApiDeps } from './page-deps';

export function importFile({ store, service }: PagesApiDeps, file: unknown): Promise<ImportResult> {
  return service.write(async (inQueue) => {
    const result = await store.importAll(file);
    // A refused file changed nothing, so there is nothing to recompute.
    if (result.ok) await inQueue.refresh();
    return result;
  });
}

export function reset({ store, service }: PagesApiDeps): Promise<{ reset: true }> {
  return service.write(async (inQueue) => {
    await store.reset();
    await inQueue.refresh();
    return { reset: true as const };
  });
}
