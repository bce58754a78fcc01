import { describe, expect, it } from 'vitest';
import { byLevel, campaignSourceLabel, levelLabel, orderStatusLabel, progressText } from './labels';
import { unwrapAnswer, PageClientError } from './page-client';

describe('labels', () => {
  it('names order statuses with the shop’s own Dutch words, also in English', () => {
    expect(['open', 'approved', 'completed', null].map((s) => orderStatusLabel(s as never, 'nl'))).toEqual([
      'Open',
      'Goedgekeurd',
      'Afgehandeld',
      'Nog geen bestelling',
    ]);
    expect(orderStatusLabel('approved', 'en')).toContain('Goedgekeurd');
    expect(orderStatusLabel('completed', 'en')).toContain('Afgehandeld');
  });

  it('says progress as “4 van 7” / “4 of 7”', () => {
    expect(progressText(4, 'nl')).toBe('4 van 7');
    expect(progressText(7, 'en')).toBe('7 of 7');
  });

  it('says where campaign dates come from, an estimate as not confirmed', () => {
    expect(campaignSourceLabel('estimate', 'nl')).toBe('geschat, niet bevestigd');
    expect(campaignSourceLabel('page', 'nl')).toBe('van de SLBdiensten-pagina');
    expect(campaignSourceLabel('user', 'nl')).toBe('door jou ingevuld');
    expect(campaignSourceLabel('confirmed', 'nl')).toBe('bevestigd');
    expect(campaignSourceLabel('estimate', 'en')).toContain('not confirmed');
  });

  it('orders notices most urgent first and keeps the order within a level', () => {
    const notices = [
      { id: 'a', level: 'info' as const },
      { id: 'b', level: 'critical' as const },
      { id: 'c', level: 'warning' as const },
      { id: 'd', level: 'critical' as const },
    ];
    expect(byLevel(notices).map((n) => n.id)).toEqual(['b', 'd', 'c', 'a']);
    expect(notices.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(levelLabel('critical', 'nl')).toBe('Dringend');
  });
});

describe('unwrapAnswer', () => {
  it('gives the data of a good answer', () => {
    expect(unwrapAnswer({ ok: true, data: { x: 1 } })).toEqual({ x: 1 });
  });

  it('keeps the background’s reason for a refusal, and hides its technical codes', () => {
    const refusal = (() => {
      try {
        unwrapAnswer({ ok: false, error: 'Taal: kies ‘nl’ of ‘en’.' });
      } catch (e) {
        return e;
      }
    })();
    expect(refusal).toBeInstanceOf(PageClientError);
    expect(refusal).toMatchObject({ kind: 'refused', message: 'Taal: kies ‘nl’ of ‘en’.' });
    expect(() => unwrapAnswer({ ok: false, error: 'failed' })).toThrow(expect.objectContaining({ kind: 'unavailable' }));
    expect(() => unwrapAnswer(undefined)).toThrow(expect.objectContaining({ kind: 'unavailable' }));
  });

  it('keeps a refusal’s reasons in both languages, for the page to show the chosen one', () => {
    const reasons = [{ nl: 'Taal: kies ‘nl’ of ‘en’ (niet ‘fr’).', en: 'Language: choose ‘nl’ or ‘en’ (not ‘fr’).' }];
    expect(() => unwrapAnswer({ ok: false, error: reasons[0]?.nl, reasons })).toThrow(expect.objectContaining({ kind: 'refused', reasons }));
  });
});
