/**
 * The export file: everything the user has, as one JSON document they can keep or move to another
 * browser. An import is checked completely before anything is written, with errors in Dutch and
 * English that name the record and the field.
 */
import { z } from 'zod';
import type { LocalText } from '../core/format';
import { meaningErrors } from './import-meaning';
import { checkLocal, describeLocalIssue } from './issue-text';
import { notifiedSchema, pageDeadlineSchema, quarantineEntrySchema, settingsSchema, yearKeySchema, yearProgressSchema } from './schemas';

export const EXPORT_FORMAT = 'vinkje-export';
/** Raise when the file's shape changes; older files then need converting here before the check. */
export const EXPORT_VERSION = 1;

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  /** ISO 8601 time of the export, for the user's eyes. */
  exportedAt: z.string(),
  settings: settingsSchema,
  progress: z.array(yearProgressSchema),
  /** Per licence year ("2026"), the deadline a shop page stated. */
  pageDeadlines: z.record(yearKeySchema, pageDeadlineSchema),
  notified: notifiedSchema,
  /** Records set aside as damaged, kept as they were (older files have none). */
  quarantine: z.array(quarantineEntrySchema).max(10_000).optional(),
});

export type ExportFile = z.infer<typeof exportFileSchema>;

export type ImportCheck = { ok: true; file: ExportFile } | { ok: false; errors: LocalText[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Which record an issue path points into, and how many path parts that label covers. */
function recordOf(file: Record<string, unknown>, path: readonly PropertyKey[]): { label: LocalText; skip: number } {
  const [top, second] = path;
  if (top === 'settings') return { label: { nl: 'Instellingen', en: 'Settings' }, skip: 1 };
  if (top === 'notified') return { label: { nl: 'Getoonde meldingen', en: 'Notifications shown' }, skip: 1 };
  if (top === 'quarantine') return { label: { nl: 'Apart gezette gegevens', en: 'Records set aside' }, skip: 1 };
  if (top === 'progress' && typeof second === 'number') {
    const entry = Array.isArray(file.progress) ? (file.progress[second] as unknown) : undefined;
    const year = isObject(entry) && typeof entry.licenceYear === 'number' ? entry.licenceYear : null;
    const where = `(progress[${second}])`;
    const label: LocalText =
      year === null
        ? { nl: `Voortgang nr. ${second + 1} ${where}`, en: `Progress no. ${second + 1} ${where}` }
        : { nl: `Voortgang licentiejaar ${year} ${where}`, en: `Progress of licence year ${year} ${where}` };
    return { label, skip: 2 };
  }
  if (top === 'progress') return { label: { nl: 'Voortgang', en: 'Progress' }, skip: 1 };
  if (top === 'pageDeadlines' && typeof second === 'string') {
    return { label: { nl: `Deadline van de winkelpagina voor ${second}`, en: `Deadline from the shop page for ${second}` }, skip: 2 };
  }
  return { label: { nl: 'Bestand', en: 'File' }, skip: 0 };
}

/** Shape first (every record, every field), then meaning (meaningErrors); `now` bounds the snooze. */
export function checkImportFile(input: unknown, now: number = Date.now()): ImportCheck {
  if (!isObject(input)) {
    return {
      ok: false,
      errors: [{ nl: 'Dit is geen Vinkje-exportbestand: het bestand bevat geen JSON-object.', en: 'This is not a Vinkje export file: the file holds no JSON object.' }],
    };
  }
  if (input.format !== EXPORT_FORMAT) {
    const found = JSON.stringify(input.format);
    return {
      ok: false,
      errors: [
        {
          nl: `Dit is geen Vinkje-exportbestand: veld format is ${found ?? 'leeg'} in plaats van "${EXPORT_FORMAT}".`,
          en: `This is not a Vinkje export file: field format is ${found ?? 'empty'} instead of "${EXPORT_FORMAT}".`,
        },
      ],
    };
  }
  if (typeof input.version === 'number' && input.version > EXPORT_VERSION) {
    return {
      ok: false,
      errors: [
        {
          nl: `Dit bestand komt uit een nieuwere versie van Vinkje (exportversie ${input.version}); deze versie leest exportversie ${EXPORT_VERSION}. Werk Vinkje bij.`,
          en: `This file comes from a newer version of Vinkje (export version ${input.version}); this version reads export version ${EXPORT_VERSION}. Update Vinkje.`,
        },
      ],
    };
  }

  const result = checkLocal(exportFileSchema, input);
  if (!result.ok) {
    const errors = result.issues.map((issue): LocalText => {
      const { label, skip } = recordOf(input, issue.path);
      const what = describeLocalIssue(issue, skip);
      return { nl: `${label.nl}: ${what.nl}`, en: `${label.en}: ${what.en}` };
    });
    return { ok: false, errors };
  }

  const seen = new Set<number>();
  const errors: LocalText[] = [];
  result.value.progress.forEach((p, i) => {
    if (seen.has(p.licenceYear)) {
      errors.push({
        nl: `Voortgang licentiejaar ${p.licenceYear} (progress[${i}]): dit licentiejaar staat al eerder in het bestand.`,
        en: `Progress of licence year ${p.licenceYear} (progress[${i}]): this licence year is already earlier in the file.`,
      });
    }
    seen.add(p.licenceYear);
  });
  errors.push(...meaningErrors(result.value, now));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file: result.value };
}
