import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayFromToday, daysUntil, isDaysLeft } from '../e2e/calendar';

/** The e2e scenarios fix a deadline when their file loads and check the days left later. */
describe('the days the end-to-end scenarios expect', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts calendar days in Amsterdam, not in UTC', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-04T23:30:00Z') }); // 00:30 on 5 December in Amsterdam
    expect(dayFromToday(2)).toBe('2026-12-07');
    expect(daysUntil('2026-12-07')).toBe(2);
  });

  it('expects one day fewer once midnight in Amsterdam has passed since the deadline was fixed', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-04T22:59:50Z') }); // 23:59:50 in Amsterdam
    const deadline = dayFromToday(2);
    expect(deadline).toBe('2026-12-06');
    vi.setSystemTime(Date.parse('2026-12-04T23:02:00Z')); // the page is drawn at 00:02, and counts 1
    expect(isDaysLeft(deadline, 1)).toBe(true);
    expect(isDaysLeft(deadline, 2)).toBe(false);
  });

  it('accepts the count of a page drawn a moment before midnight, and nothing else', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-04T22:59:50Z') });
    const deadline = dayFromToday(2);
    vi.setSystemTime(Date.parse('2026-12-04T23:00:20Z')); // checked 20 s after midnight
    expect(isDaysLeft(deadline, 2)).toBe(true);
    expect(isDaysLeft(deadline, 1)).toBe(true);
    expect(isDaysLeft(deadline, 3)).toBe(false);
    expect(isDaysLeft(deadline, null)).toBe(false);
  });

  it('keeps to the calendar across the change to winter time', () => {
    vi.useFakeTimers({ now: Date.parse('2026-10-24T22:30:00Z') }); // 00:30 on 25 October, a 25-hour day
    expect(dayFromToday(1)).toBe('2026-10-26');
    expect(daysUntil('2026-10-26')).toBe(1);
  });
});
