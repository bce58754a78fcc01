/**
 * The popup's overview: every institution of the active licence year with its progress, next action
 * and own warnings, and the notices about the registration as a whole or about Vinkje itself.
 */
import { newContractNotice } from '../core/contract-years';
import { nextAction, nonPrimaryExplanation } from '../core/next-action';
import { byName, deadlineInfo } from '../core/print-summary';
import { summarise } from '../core/sidebar-view';
import { warnings, type Warning } from '../core/warnings';
import type { Notice } from '../core/view';
import type { LocalText } from '../core/format';
import type { Overview, PopupInstitution } from '../messages';
import { currentCampaign, type PagesApiDeps } from './page-deps';

/** A warning as a notice; its advice is left out when the institution's next action already says it. */
function warningNotice(w: Warning, next: LocalText | null = null): Notice {
  const repeats = next !== null && next.nl.includes(w.action.nl);
  if (repeats) return { id: w.id, level: w.level, text: w.message };
  return { id: w.id, level: w.level, text: { nl: `${w.message.nl} ${w.action.nl}`, en: `${w.message.en} ${w.action.en}` } };
}

export async function buildOverview(deps: PagesApiDeps): Promise<Overview> {
  const { store, service } = deps;
  const { at, licenceYear, settings, campaign } = await currentCampaign(deps);
  const progress = await service.loadProgress(licenceYear);
  const found = warnings(at, campaign, progress);

  const notices: Notice[] = store.problems().map((p, i) => ({ id: `store-${p.code}-${i}`, level: 'warning' as const, text: p.message }));
  if (progress.account.primaryContact === false) notices.push({ id: 'not-primary', level: 'critical', text: nonPrimaryExplanation() });
  const contract = newContractNotice(licenceYear, campaign, progress.contractNoticeDismissedAt);
  if (contract) notices.push(contract);
  notices.push(...found.filter((w) => w.institutionKey === null).map((w) => warningNotice(w)));

  const institutions: PopupInstitution[] = [];
  for (const inst of Object.values(progress.institutions)) {
    const next = nextAction(progress, inst.key);
    institutions.push({
      ...summarise(inst, progress),
      nextAction: next.text,
      nextUrl: await service.shopUrl(next.target),
      warnings: found.filter((w) => w.institutionKey === inst.key).map((w) => warningNotice(w, next.text)),
    });
  }
  // Those that still need work first, those not taking part this year last; within each group alphabetical.
  const rank = (i: PopupInstitution) => (i.takingPart ? Number(i.complete) : 2);
  institutions.sort((a, b) => rank(a) - rank(b) || byName(a, b));

  const accountNext = nextAction(progress, null);
  return {
    language: settings.language,
    licenceYear,
    deadline: deadlineInfo(at, campaign),
    firstRun: (await store.allProgress()).length === 0,
    snoozedUntil: settings.snoozedUntil !== null && settings.snoozedUntil > at ? settings.snoozedUntil : null,
    remindersEnabled: settings.reminders.enabled,
    notices,
    accountAction: { text: accountNext.text, url: await service.shopUrl(accountNext.target) },
    institutions,
  };
}
