import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveCampaign } from './campaign.mjs';
import { MAX_QUANTITY, formatLongDate, formatMoney, formatQuantity, parseQuantity } from './dutch.mjs';

describe('Dutch numbers', () => {
  it('formats quantities and money the Dutch way', () => {
    expect(formatQuantity(1996)).toBe('1.996');
    expect(formatQuantity(120)).toBe('120');
    expect(formatQuantity(1234567)).toBe('1.234.567');
    expect(formatMoney(12345678)).toBe('€ 123.456,78');
    expect(formatMoney(5)).toBe('€ 0,05');
  });

  it('reads back every quantity it shows', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_QUANTITY }), (n) => parseQuantity(formatQuantity(n)) === n && parseQuantity(String(n)) === n));
  });

  it('refuses what is not a whole number of 0 or more', () => {
    for (const text of ['abc', '-3', '1,5', '', '   ', '1.5', '1.99', '12.34.567', '1e3', String(MAX_QUANTITY + 1)]) {
      expect(parseQuantity(text), text).toBeNull();
    }
  });
});

describe('campaign', () => {
  it('from September sells next year, with the second Friday of December as deadline', () => {
    expect(deriveCampaign({ now: new Date('2026-11-21T10:00:00Z') })).toEqual({ licenceYear: 2027, deadline: '2026-12-11', opensOn: '2026-11-11' });
    expect(deriveCampaign({ now: new Date('2025-09-01T10:00:00Z') })).toMatchObject({ licenceYear: 2026, deadline: '2025-12-12' });
  });

  it('before September the running year is the last campaign', () => {
    expect(deriveCampaign({ now: new Date('2027-03-02T10:00:00Z') })).toMatchObject({ licenceYear: 2027, deadline: '2026-12-11' });
  });

  it('takes overrides', () => {
    const now = new Date('2026-11-21T10:00:00Z');
    expect(deriveCampaign({ now, deadline: '2026-11-23' })).toMatchObject({ licenceYear: 2027, deadline: '2026-11-23' });
    expect(deriveCampaign({ now, licenceYear: 2026 })).toMatchObject({ licenceYear: 2026, deadline: '2025-12-12' });
    expect(() => deriveCampaign({ now, deadline: '2026-02-30' })).toThrow();
  });

  it('names the weekday and month', () => {
    expect(formatLongDate('2026-12-11')).toBe('vrijdag 11 december 2026');
    expect(formatLongDate('2025-12-12')).toBe('vrijdag 12 december 2025');
    expect(formatLongDate('2026-11-23')).toBe('maandag 23 november 2026');
  });
});
