/** What the answers to the extension's pages read from: the store, the service and the clock. */
import type { Store } from '../store/types';
import type { Service } from './service';

export type PagesStore = Pick<
  Store,
  | 'getProgress'
  | 'allProgress'
  | 'getSettings'
  | 'putSettings'
  | 'getPageDeadline'
  | 'exportAll'
  | 'importAll'
  | 'checkImport'
  | 'reset'
  | 'problems'
  | 'quarantined'
  | 'restoreQuarantined'
  | 'backend'
>;
export type PagesService = Pick<Service, 'activeYear' | 'loadProgress' | 'campaignFor' | 'shopUrl' | 'write' | 'dismissNotice' | 'institutionAction' | 'chooseDeadline' | 'settled'>;

export interface PagesApiDeps {
  store: PagesStore;
  service: PagesService;
  now: () => number;
}

/** The moment, the licence year it belongs to, the settings and that year's campaign. */
export async function currentCampaign({ store, service, now }: PagesApiDeps) {
  const at = now();
  const licenceYear = await service.activeYear(at);
  const settings = await store.getSettings();
  const campaign = await service.campaignFor(licenceYear, settings);
  return { at, licenceYear, settings, campaign };
}
