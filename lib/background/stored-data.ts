/**
 * Import, reset and the records set aside, from the options page. What changes stored state runs in
 * the one writer and recomputes the badge and the alarms afterwards.
 */
import { NOT_ASIDE } from '../store/store';
import type { ImportResult, QuarantinedRecord, RestoreResult } from '../store/types';
import { PageRequestError } from './page-request-error';
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

/** A restored record changes the progress (or the settings), so the alerts are recomputed. */
export function restoreQuarantined({ store, service }: PagesApiDeps, id: string): Promise<RestoreResult> {
  return service.write(async (inQueue) => {
    const result = await store.restoreQuarantined(id);
    if (result.ok) await inQueue.refresh();
    return result;
  });
}

export async function exportQuarantined({ store }: PagesApiDeps, id: string): Promise<QuarantinedRecord> {
  const found = (await store.quarantined()).find((q) => q.id === id);
  if (!found) throw new PageRequestError([NOT_ASIDE]);
  return found;
}
