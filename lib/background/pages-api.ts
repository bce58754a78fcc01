/**
 * What the extension's own pages (popup, options) may ask of the background: one handler per
 * message, each typed by its answer in lib/messages.ts (PageAnswers), so a page gets the type of what
 * it asked for. The work itself lives in one file per job: overview.ts, page-settings.ts,
 * stored-data.ts, diagnostics.ts, and the printable summary in lib/core/print-summary.ts.
 */
import { buildPrintSummary } from '../core/print-summary';
import type { PageAnswer, PageAnswers, PageMessage, PageMessageType } from '../messages';
import { diagnostics } from './diagnostics';
import { importPreview } from './import-preview';
import { buildOverview } from './overview';
import { currentCampaign, type PagesApiDeps } from './page-deps';
import { PageRequestError } from './page-request-error';
import { getSettings, putSettings, snooze } from './page-settings';
import { exportQuarantined, importFile, reset, restoreQuarantined } from './stored-data';

export type { PagesApiDeps, PagesService, PagesStore } from './page-deps';
export { PageRequestError } from './page-request-error';

type Handlers = { [T in PageMessageType]: (message: Extract<PageMessage, { type: T }>) => Promise<PageAnswers[T]> };

export function createPagesApi(deps: PagesApiDeps) {
  const { store, service } = deps;
  const handlers: Handlers = {
    overview: () => buildOverview(deps),
    snooze: (m) => snooze(deps, m.hours),
    'dismiss-notice': async (m) => {
      await service.dismissNotice(m.id);
      return buildOverview(deps);
    },
    'choose-deadline': async (m) => {
      await service.chooseDeadline(m.pageDate, m.keep);
      return buildOverview(deps);
    },
    'institution-action': async (m) => {
      await service.institutionAction(m.action);
      return buildOverview(deps);
    },
    'get-settings': () => getSettings(deps),
    'put-settings': (m) => putSettings(deps, m.settings),
    export: () => store.exportAll(),
    import: (m) => importFile(deps, m.file),
    'import-preview': (m) => importPreview(deps, m.file),
    reset: () => reset(deps),
    diagnostics: () => diagnostics(deps),
    'quarantine-restore': (m) => restoreQuarantined(deps, m.id),
    'quarantine-export': (m) => exportQuarantined(deps, m.id),
    summary: async () => {
      const { at, licenceYear, campaign } = await currentCampaign(deps);
      return buildPrintSummary(at, campaign, await service.loadProgress(licenceYear));
    },
  };

  function handle<T extends PageMessageType>(message: Extract<PageMessage, { type: T }>): Promise<PageAnswers[T]> {
    // The map's type ties each message type to its handler; TypeScript cannot follow T through the lookup.
    const handler = handlers[message.type as T] as (m: typeof message) => Promise<PageAnswers[T]>;
    return handler(message);
  }

  /** `handle` as a PageAnswer: a PageRequestError becomes `{ ok: false, error, reasons }`; anything else is rethrown for the router to log. */
  async function answer<T extends PageMessageType>(message: Extract<PageMessage, { type: T }>): Promise<PageAnswer<T>> {
    try {
      // A shop tab is shown its view before what its page changed is stored (service.ts): the popup
      // and the options page, opened right after, read what is stored once that is done.
      await service.settled();
      return { ok: true, data: await handle(message) };
    } catch (error) {
      if (error instanceof PageRequestError) return { ok: false, error: error.message, reasons: error.reasons };
      throw error;
    }
  }

  return { handle, answer };
}

export type PagesApi = ReturnType<typeof createPagesApi>;
