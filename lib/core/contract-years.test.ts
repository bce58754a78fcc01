import { describe, expect, it } from 'vitest';
import { resolveCampaign } from './campaign';
import { dismissNotice, newContractNotice, NEW_CONTRACT_NOTICE_ID } from './contract-years';
import { emptyYearProgress } from './progress';

describe('the notice that a licence year may follow a new contract', () => {
  it('is said for 2027, whose dates are an estimate, in both languages, and may be hidden', () => {
    const notice = newContractNotice(2027, resolveCampaign(2027), undefined);
    expect(notice).toMatchObject({ id: NEW_CONTRACT_NOTICE_ID, level: 'info', dismissible: true });
    expect(notice?.text.nl).toContain('2022–2026');
    expect(notice?.text.nl).toContain('niet gecontroleerd');
    expect(notice?.text.en).toContain('not checked');
  });

  it('is not said for 2026, the contract Vinkje knows', () => {
    expect(newContractNotice(2026, resolveCampaign(2026), undefined)).toBeNull();
  });

  it('goes once the shop or the user confirms the year', () => {
    const date = { year: 2026, month: 12, day: 11 };
    expect(newContractNotice(2027, resolveCampaign(2027, { pageDeadline: { date, seenAt: 0 } }), undefined)).toBeNull();
    expect(newContractNotice(2027, resolveCampaign(2027, { userDeadline: { date, opens: null } }), undefined)).toBeNull();
  });

  it('goes once hidden, for that year only', () => {
    const progress = emptyYearProgress(2027);
    const hidden = dismissNotice(progress, NEW_CONTRACT_NOTICE_ID, 1000);
    expect(hidden.contractNoticeDismissedAt).toBe(1000);
    expect(newContractNotice(2027, resolveCampaign(2027), hidden.contractNoticeDismissedAt)).toBeNull();
    expect(newContractNotice(2028, resolveCampaign(2028), emptyYearProgress(2028).contractNoticeDismissedAt)).not.toBeNull();
  });

  it('hides nothing for an id it does not know, and keeps the first moment', () => {
    const progress = emptyYearProgress(2027);
    expect(dismissNotice(progress, 'D05', 1000)).toBe(progress);
    const hidden = dismissNotice(progress, NEW_CONTRACT_NOTICE_ID, 1000);
    expect(dismissNotice(hidden, NEW_CONTRACT_NOTICE_ID, 2000)).toBe(hidden);
  });
});
