/**
 * The export file: everything the user has, as one JSON document they can keep or move to another
 * browser. An import is checked completely before anything is written, with Dutch errors that name
 * the record and the field.
 */
import { z } from 'zod';
import { meaningErrors } from './import-meaning';
import { checkDutch, describeIssue } from './issue-text';
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

export type ImportCheck = { ok: true; file: ExportFile } | { ok: false; errors: string[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Which record an issue path points into, and how many path parts that label covers. */
function recordOf(file: Record<string, unknown>, path: readonly PropertyKey[]): { label: string; skip: number } {
  const [top, second] = path;
  if (top === 'settings') return { label: 'Instellingen', skip: 1 };
  if (top === 'notified') return { label: 'Getoonde meldingen', skip: 1 };
  if (top === 'quarantine') return { label: 'Apart gezette gegevens', skip: 1 };
  if (top === 'progress' && typeof second === 'number') {
    const entry = Array.isArray(file.progress) ? (file.progress[second] as unknown) : undefined;
    const year = isObject(entry) && typeof entry.licenceYear === 'number' ? entry.licenceYear : null;
    const name = year === null ? `Voortgang nr. ${second + 1}` : `Voortgang licentiejaar ${year}`;
    return { label: `${name} (progress[${second}])`, skip: 2 };
  }
  if (top === 'progress') return { label: 'Voortgang', skip: 1 };
  if (top === 'pageDeadlines' && typeof second === 'string') {
    return { label: `Deadline van de winkelpagina voor ${second}`, skip: 2 };
  }
  return { label: 'Bestand', skip: 0 };
}

/** Shape first (every record, every field), then meaning (meaningErrors); `now` bounds the snooze. */
export function checkImportFile(input: unknown, now: number = Date.now()): ImportCheck {
  if (!isObject(input)) return { ok: false, errors: ['Dit is geen Vinkje-exportbestand: het bestand bevat geen JSON-object.'] };
  if (input.format !== EXPORT_FORMAT) {
    return { ok: false, errors: [`Dit is geen Vinkje-exportbestand: veld format is ${JSON.stringify(input.format) ?? 'leeg'} in plaats van "${EXPORT_FORMAT}".`] };
  }
  if (typeof input.version === 'number' && input.version > EXPORT_VERSION) {
    return {
      ok: false,
      errors: [`Dit bestand komt uit een nieuwere versie van Vinkje (exportversie ${input.version}); deze versie leest exportversie ${EXPORT_VERSION}. Werk Vinkje bij.`],
    };
  }

  const result = checkDutch(exportFileSchema, input);
  if (!result.ok) {
    const errors = result.issues.map((issue) => {
      const { label, skip } = recordOf(input, issue.path);
      return `${label}: ${describeIssue(issue, skip)}`;
    });
    return { ok: false, errors };
  }

  const seen = new Set<number>();
  const errors: string[] = [];
  result.value.progress.forEach((p, i) => {
    if (seen.has(p.licenceYear)) errors.push(`Voortgang licentiejaar ${p.licenceYear} (progress[${i}]): dit licentiejaar staat al eerder in het bestand.`);
    seen.add(p.licenceYear);
  });
  errors.push(...meaningErrors(result.value, now));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file: result.value };
}
