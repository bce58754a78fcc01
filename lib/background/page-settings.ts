/**
 * The settings as the options page reads and changes them, with the active year's campaign dates.
 * Every change runs in the background's one writer, so it cannot overwrite a tab's change.
 */
import { isoDay, localDateOf } from '../core/amsterdam-time';
import { deadlineDateOf, type Campaign } from '../core/campaign';
import type { CampaignDates, SettingsAnswer } from '../messages';
import { currentCampaign, type PagesApiDeps } from './page-deps';
import { PageRequestError } from './page-request-error';
import { mergeSettings } from './settings-patch';

export function campaignDates(campaign: Campaign): CampaignDates {
  return {
    licenceYear: campaign.licenceYear,
    opens: isoDay(localDateOf(campaign.opensAt)),
    deadline: isoDay(deadlineDateOf(campaign)),
    source: campaign.source,
    confirmed: campaign.confirmed,
  };
}

export async function getSettings(deps: PagesApiDeps): Promise<SettingsAnswer> {
  const { settings, campaign } = await currentCampaign(deps);
  return { settings, campaign: campaignDates(campaign) };
}

export async function putSettings(deps: PagesApiDeps, patch: Record<string, unknown>): Promise<SettingsAnswer> {
  const { store, service } = deps;
  await service.write(async (inQueue) => {
    const merged = mergeSettings(await store.getSettings(), patch);
    if (!merged.ok) throw new PageRequestError(merged.errors);
    await store.putSettings(merged.settings);
    await inQueue.refresh();
  });
  return getSettings(deps);
}

/** Quiet reminders for some hours (the popup's button); the alarms are recomputed at once. */
export function snooze({ store, service, now }: PagesApiDeps, hours: number): Promise<{ snoozedUntil: number }> {
  return service.write(async (inQueue) => {
    const settings = await store.getSettings();
    const snoozedUntil = now() + hours * 3_600_000;
    await store.putSettings({ ...settings, snoozedUntil });
    await inQueue.refresh();
    return { snoozedUntil };
  });
}
