/**
 * The Store over either backend: checks every record on the way in and out, sets damaged records
 * aside, and runs one operation at a time so read-modify-write steps (notified keys) cannot interleave.
 */
import type { z } from 'zod';
import type { YearProgress } from '../core/progress';
import { META_NOTIFIED, META_REMINDED_UP_TO, META_SETTINGS, TABLES, type Backend, type TableName, type WriteOp } from './backend';
import { InvalidRecordError, StoreQuotaError, errorText, isQuotaError } from './errors';
import type { LocalText } from '../core/format';
import { checkDutch, checkLocal, describeIssue, describeLocalIssue } from './issue-text';
import type { ProblemLog } from './problems';
import {
  NOTIFIED_LIMIT,
  notifiedSchema,
  pageDeadlineSchema,
  quarantineEntrySchema,
  remindedUpToSchema,
  settingsSchema,
  yearKeySchema,
  yearProgressSchema,
  type PageDeadline,
  type QuarantineEntry,
} from './schemas';
import { defaultSettings, type Settings } from './settings';
import { EXPORT_FORMAT, EXPORT_VERSION, checkImportFile, type ExportFile } from './transfer';
import type { ImportResult, QuarantinedRecord, RestoreResult, Store } from './types';

/** Checks beyond the schema: a record must sit under its own key. */
type KeyCheck<T> = (value: T, key: string) => LocalText | null;

const progressUnderItsYear: KeyCheck<YearProgress> = (p, key) =>
  String(p.licenceYear) === key
    ? null
    : { nl: `licenceYear ${p.licenceYear} hoort niet bij sleutel ${key}`, en: `licenceYear ${p.licenceYear} does not belong to key ${key}` };
const yearKey: KeyCheck<unknown> = (_, key) =>
  yearKeySchema.safeParse(key).success ? null : { nl: `sleutel ${key} is geen jaartal`, en: `key ${key} is not a year` };

/** Asked for a record that is no longer aside (restored or wiped in another tab). */
export const NOT_ASIDE: LocalText = { nl: 'Dit gegeven staat niet (meer) apart.', en: 'This record is not (or no longer) set aside.' };

const joined = (texts: LocalText[]): LocalText => ({ nl: texts.map((t) => t.nl).join('; '), en: texts.map((t) => t.en).join('; ') });

/** The schema a record under this table and key must pass, to restore it there. */
function schemaOf(table: string, key: string): { schema: z.ZodType; keyCheck?: KeyCheck<never> } | null {
  if (table === 'progress') return { schema: yearProgressSchema, keyCheck: progressUnderItsYear as KeyCheck<never> };
  if (table === 'pageDeadlines') return { schema: pageDeadlineSchema, keyCheck: yearKey };
  if (table !== 'meta') return null;
  if (key === META_SETTINGS) return { schema: settingsSchema };
  if (key === META_NOTIFIED) return { schema: notifiedSchema };
  if (key === META_REMINDED_UP_TO) return { schema: remindedUpToSchema };
  return null;
}

/** What else a reset or an import (both replace everything) must do where this store lives. */
export interface ReplaceHooks {
  /** Extra writes in the same transaction (on the fallback: the mark that IndexedDB must be emptied too). */
  ops?: (at: number) => WriteOp[];
  /** After the transaction (on IndexedDB: remove what is left in the fallback). */
  after?: () => Promise<void>;
}

export function createStore(backend: Backend, log: ProblemLog, now: () => number, onReplace: ReplaceHooks = {}): Store {
  let queue: Promise<unknown> = Promise.resolve();
  let setAsideCount = 0;

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** The same record set aside at the same moment, wherever it was exported or imported since. */
  const sameAside = (entry: QuarantineEntry) => JSON.stringify([entry.table, entry.key, entry.at, entry.reason]);
  const quarantineId = (entry: QuarantineEntry) => `${new Date(entry.at).toISOString()} #${++setAsideCount} ${entry.table}/${entry.key}`;

  async function setAside(table: TableName, key: string, raw: unknown, why: LocalText): Promise<void> {
    const at = now();
    const reason = why.nl;
    const entry: QuarantineEntry = { table, key, raw, reason, reasonEn: why.en, at };
    const id = quarantineId(entry);
    const detail = `${table}/${key}: ${reason}`;
    try {
      await backend.write([
        { type: 'put', table: 'quarantine', key: id, value: entry },
        { type: 'delete', table, key },
      ]);
      log.add('corrupt-record', detail);
    } catch (error) {
      // The record stays where it was; reads keep skipping it and say so.
      log.add('corrupt-record', `${detail} (kon niet apart worden gezet: ${errorText(error)})`);
    }
  }

  /** The value if it passes, else null after setting the raw value aside. */
  async function checked<S extends z.ZodType>(
    table: TableName,
    key: string,
    raw: unknown,
    schema: S,
    keyCheck?: KeyCheck<z.output<S>>,
  ): Promise<z.output<S> | null> {
    const result = checkLocal(schema, raw);
    // The reason is stored with the record in both languages, for the diagnostics in either.
    const reason: LocalText | null = result.ok
      ? (keyCheck?.(result.value, key) ?? null)
      : joined(result.issues.map((i) => describeLocalIssue(i)));
    if (result.ok && reason === null) return result.value;
    await setAside(table, key, raw, reason ?? { nl: 'ongeldig', en: 'invalid' });
    return null;
  }

  async function readOne<S extends z.ZodType>(table: TableName, key: string, schema: S, keyCheck?: KeyCheck<z.output<S>>) {
    const raw = await backend.get(table, key);
    return raw === undefined ? null : checked(table, key, raw, schema, keyCheck);
  }

  async function readAll<S extends z.ZodType>(table: TableName, schema: S, keyCheck?: KeyCheck<z.output<S>>) {
    const found: Array<[string, z.output<S>]> = [];
    for (const [key, raw] of await backend.entries(table)) {
      const value = await checked(table, key, raw, schema, keyCheck);
      if (value !== null) found.push([key, value]);
    }
    return found;
  }

  function valid<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
    const result = checkDutch(schema, value);
    if (!result.ok) throw new InvalidRecordError(what, result.issues.map((i) => describeIssue(i)));
    return result.value;
  }

  async function commit(ops: WriteOp[], what: string): Promise<void> {
    try {
      await backend.write(ops);
    } catch (error) {
      // Said in the next view too: the view of a page is shown before what it changed is stored.
      if (!isQuotaError(error)) {
        log.add('write-failed', `${what}: ${errorText(error)}`);
        throw error;
      }
      log.add('quota', `${what}: ${errorText(error)}`);
      throw new StoreQuotaError(what, { cause: error });
    }
  }

  const readSettings = async (): Promise<Settings> => (await readOne('meta', META_SETTINGS, settingsSchema)) ?? defaultSettings();
  const readNotified = async (): Promise<string[]> => (await readOne('meta', META_NOTIFIED, notifiedSchema)) ?? [];
  const readQuarantine = async (): Promise<QuarantinedRecord[]> =>
    (await backend.entries('quarantine'))
      .map(([id, raw]): QuarantinedRecord => {
        const result = quarantineEntrySchema.safeParse(raw);
        return result.success ? { id, ...result.data } : { id, table: 'quarantine', key: id, raw, reason: 'onleesbare quarantaine-invoer', at: 0 };
      })
      .sort((a, b) => a.at - b.at);
  const readAllProgress = async (): Promise<YearProgress[]> =>
    (await readAll('progress', yearProgressSchema, progressUnderItsYear)).map(([, p]) => p).sort((a, b) => a.licenceYear - b.licenceYear);

  return {
    backend: backend.kind,

    getProgress: (year) => serial(() => readOne('progress', String(year), yearProgressSchema, progressUnderItsYear)),

    putProgress: (progress) =>
      serial(async () => {
        const value = valid(yearProgressSchema, progress, `voortgang ${progress.licenceYear}`);
        await commit([{ type: 'put', table: 'progress', key: String(value.licenceYear), value }], `voortgang ${value.licenceYear}`);
      }),

    allProgress: () => serial(readAllProgress),

    getSettings: () => serial(readSettings),

    putSettings: (settings) =>
      serial(async () => {
        const value = valid(settingsSchema, settings, 'instellingen');
        await commit([{ type: 'put', table: 'meta', key: META_SETTINGS, value }], 'instellingen');
      }),

    getPageDeadline: (year) => serial(() => readOne('pageDeadlines', String(year), pageDeadlineSchema)),

    putPageDeadline: (year, deadline: PageDeadline) =>
      serial(async () => {
        const key = valid(yearKeySchema, String(year), `paginadeadline ${year}`);
        const value = valid(pageDeadlineSchema, deadline, `paginadeadline ${year}`);
        await commit([{ type: 'put', table: 'pageDeadlines', key, value }], `paginadeadline ${year}`);
      }),

    wasNotified: (eventKey) => serial(async () => (await readNotified()).includes(eventKey)),

    markNotified: (eventKey) =>
      serial(async () => {
        const list = await readNotified();
        if (list.includes(eventKey)) return;
        const value = valid(notifiedSchema, [...list, eventKey].slice(-NOTIFIED_LIMIT), 'getoonde meldingen');
        await commit([{ type: 'put', table: 'meta', key: META_NOTIFIED, value }], 'getoonde meldingen');
      }),

    getRemindedUpTo: () => serial(() => readOne('meta', META_REMINDED_UP_TO, remindedUpToSchema)),

    putRemindedUpTo: (at) =>
      serial(async () => {
        const value = valid(remindedUpToSchema, at, 'herinneringen bijgehouden tot');
        await commit([{ type: 'put', table: 'meta', key: META_REMINDED_UP_TO, value }], 'herinneringen bijgehouden tot');
      }),

    exportAll: () =>
      serial(async (): Promise<ExportFile> => ({
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date(now()).toISOString(),
        settings: await readSettings(),
        progress: await readAllProgress(),
        pageDeadlines: Object.fromEntries(await readAll('pageDeadlines', pageDeadlineSchema, yearKey)),
        notified: await readNotified(),
        // A raw value of undefined would vanish from the file; null keeps the entry importable.
        quarantine: (await readQuarantine()).map(({ id: _, ...entry }) => ({ ...entry, raw: entry.raw === undefined ? null : entry.raw })),
      })),

    checkImport: (input) => checkImportFile(input, now()),

    importAll: (input) =>
      serial(async (): Promise<ImportResult> => {
        const check = checkImportFile(input, now());
        if (!check.ok) return check;
        const { settings, progress, pageDeadlines, notified, quarantine = [] } = check.file;
        const aside = new Set((await readQuarantine()).map(sameAside));
        const deadlines = Object.entries(pageDeadlines);
        await commit(
          [
            { type: 'clear', table: 'progress' },
            { type: 'clear', table: 'pageDeadlines' },
            { type: 'clear', table: 'meta' },
            { type: 'put', table: 'meta', key: META_SETTINGS, value: settings },
            { type: 'put', table: 'meta', key: META_NOTIFIED, value: notified },
            ...progress.map((p): WriteOp => ({ type: 'put', table: 'progress', key: String(p.licenceYear), value: p })),
            ...deadlines.map(([key, value]): WriteOp => ({ type: 'put', table: 'pageDeadlines', key, value })),
            // The file's set-aside records join those here (nothing set aside is thrown away), once each.
            ...quarantine
              .filter((entry) => !aside.has(sameAside(entry)))
              .map((entry): WriteOp => ({ type: 'put', table: 'quarantine', key: quarantineId(entry), value: entry })),
            ...(onReplace.ops?.(now()) ?? []),
          ],
          'import',
        );
        await onReplace.after?.();
        const counts = { progress: progress.length, pageDeadlines: deadlines.length, notified: notified.length };
        return { ok: true, counts: quarantine.length > 0 ? { ...counts, quarantined: quarantine.length } : counts };
      }),

    reset: () =>
      serial(async () => {
        await commit([...TABLES.map((table): WriteOp => ({ type: 'clear', table })), ...(onReplace.ops?.(now()) ?? [])], 'wissen');
        await onReplace.after?.();
      }),

    quarantined: () => serial(readQuarantine),

    restoreQuarantined: (id) =>
      serial(async (): Promise<RestoreResult> => {
        const entry = (await readQuarantine()).find((q) => q.id === id);
        if (!entry) return { ok: false, errors: [NOT_ASIDE] };
        const target = schemaOf(entry.table, entry.key);
        if (!target) {
          const where = `${entry.table}/${entry.key}`;
          return {
            ok: false,
            errors: [{ nl: `Vinkje kent geen plaats voor ${where}; exporteer het om het te bewaren.`, en: `Vinkje knows no place for ${where}; export it to keep it.` }],
          };
        }
        const result = checkLocal(target.schema, entry.raw);
        const reason = result.ok ? (target.keyCheck?.(result.value as never, entry.key) ?? null) : joined(result.issues.map((i) => describeLocalIssue(i)));
        if (reason !== null) {
          return { ok: false, errors: [{ nl: `Het gegeven is nog steeds niet te gebruiken: ${reason.nl}.`, en: `The record still cannot be used: ${reason.en}.` }] };
        }
        if ((await backend.get(entry.table as TableName, entry.key)) !== undefined) {
          return {
            ok: false,
            errors: [
              {
                nl: 'Op die plaats staat inmiddels een nieuwer gegeven; Vinkje zet het oude er niet overheen. Exporteer het om het te bewaren.',
                en: 'A newer record has taken that place since; Vinkje does not write the old one over it. Export it to keep it.',
              },
            ],
          };
        }
        await commit(
          [
            { type: 'put', table: entry.table as TableName, key: entry.key, value: result.ok ? result.value : entry.raw },
            { type: 'delete', table: 'quarantine', key: id },
          ],
          'herstel',
        );
        // Nothing left aside: the notice about it has done its job.
        if ((await backend.entries('quarantine')).length === 0) log.clear(['corrupt-record']);
        return { ok: true };
      }),

    problems: () => log.list(),

    close: () => backend.close(),
  };
}
