import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { campaignPatch, clearCampaignPatch } from './campaign-form';
import { exportFileName, exportFileText } from './export-file';
import { isImportResult, parseImportText, tooLarge } from './import-file';
import { formatLeadDays, parseLeadDays } from './lead-days';

describe('parseLeadDays', () => {
  it('reads days separated by commas, semicolons or spaces; most days first, no doubles', () => {
    expect(parseLeadDays('14, 7, 3, 1')).toEqual({ ok: true, days: [14, 7, 3, 1] });
    expect(parseLeadDays(' 1;7  3,7 ')).toEqual({ ok: true, days: [7, 3, 1] });
    expect(parseLeadDays('')).toEqual({ ok: true, days: [] });
  });

  it('explains in Dutch what is wrong with a value', () => {
    const word = parseLeadDays('14, zeven');
    expect(word.ok).toBe(false);
    expect(!word.ok && word.error.nl).toContain('‘zeven’ is geen heel aantal dagen');
    const big = parseLeadDays('90');
    expect(!big.ok && big.error.nl).toContain('90 dagen kan niet');
    expect(parseLeadDays('1.5').ok).toBe(false);
    expect(parseLeadDays('-2').ok).toBe(false);
  });

  it('round-trips any valid list through formatLeadDays', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 20 }), (days) => {
        const sorted = [...days].sort((a, b) => b - a);
        expect(parseLeadDays(formatLeadDays(sorted))).toEqual({ ok: true, days: sorted });
      }),
    );
  });
});

describe('campaignPatch', () => {
  it('turns the date inputs into the settings change for that licence year', () => {
    expect(campaignPatch(2027, '2026-11-11', '2026-12-11')).toEqual({
      ok: true,
      patch: { campaignOverrides: { 2027: { deadline: '2026-12-11', opens: '2026-11-11' } } },
    });
    expect(campaignPatch(2027, '', '2026-12-11')).toEqual({ ok: true, patch: { campaignOverrides: { 2027: { deadline: '2026-12-11' } } } });
    expect(clearCampaignPatch(2027)).toEqual({ campaignOverrides: { 2027: null } });
  });

  it('refuses a missing deadline, a day that does not exist and an opening after the deadline', () => {
    expect(campaignPatch(2027, '2026-11-11', '')).toMatchObject({ ok: false, error: { nl: 'Vul een deadline in.' } });
    expect(campaignPatch(2027, '', '2026-11-31')).toMatchObject({ ok: false, error: { nl: '‘2026-11-31’ is geen bestaande datum.' } });
    expect(campaignPatch(2027, '2026-12-12', '2026-12-11')).toMatchObject({ ok: false });
  });
});

describe('export file', () => {
  it('is named by the Dutch calendar day', () => {
    // 23:30 UTC on 4 December is already 5 December in Amsterdam.
    expect(exportFileName(Date.UTC(2025, 11, 4, 23, 30))).toBe('vinkje-export-2025-12-05.json');
    expect(exportFileName(Date.UTC(2025, 11, 4, 12, 0))).toBe('vinkje-export-2025-12-04.json');
  });

  it('holds JSON that reads back the same', () => {
    const data = { format: 'vinkje-export', progress: [{ licenceYear: 2026 }] };
    expect(parseImportText(exportFileText(data))).toEqual({ ok: true, file: data });
  });
});

describe('parseImportText', () => {
  it('says where a file stops being JSON', () => {
    const result = parseImportText('{\n  "format": "vinkje-export",\n  oops\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.nl).toMatch(/^Dit bestand is geen geldig JSON-bestand \(regel 3, teken \d+\)\./u);
    expect(!result.ok && result.error.nl).toContain('Er is niets veranderd.');
  });

  it('refuses an empty file and JSON that is not an object', () => {
    expect(parseImportText('  ')).toMatchObject({ ok: false, error: { nl: 'Het bestand is leeg. Er is niets veranderd.' } });
    expect(parseImportText('[1, 2]').ok).toBe(false);
    expect(parseImportText('"vinkje"').ok).toBe(false);
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(parseImportText('\uFEFF{"format":"vinkje-export"}')).toEqual({ ok: true, file: { format: 'vinkje-export' } });
  });

  it('refuses files far larger than an export', () => {
    expect(tooLarge(300_000)).toBeNull();
    expect(tooLarge(50 * 1024 * 1024)?.nl).toContain('te groot (50 MB)');
  });

  it('recognises the store’s import answers', () => {
    expect(isImportResult({ ok: true, counts: { progress: 1, pageDeadlines: 0, notified: 0 } })).toBe(true);
    expect(isImportResult({ ok: false, errors: [{ nl: 'Bestand: fout', en: 'File: wrong' }] })).toBe(true);
    expect(isImportResult({ ok: false, errors: ['Bestand: fout'] })).toBe(false);
    expect(isImportResult({ ok: false, errors: [3] })).toBe(false);
    expect(isImportResult(null)).toBe(false);
  });
});
