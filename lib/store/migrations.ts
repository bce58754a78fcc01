/**
 * Ordered migrations of the stored data. Each step brings the data from version N-1 to N; they run in
 * order, only when the stored version is older than the code's, and write only records they change.
 * The same steps serve both backends: `createStores` only matters to IndexedDB.
 */
import type { IDBPDatabase } from 'idb';
import { TABLES, META_SETTINGS, type TableName } from './backend';
import { DEFAULT_MORNING_HOUR } from './settings';

/** Record access during a migration: inside the upgrade transaction (IndexedDB) or one batch (storage.local). */
export interface MigrationRecords {
  get(table: TableName, key: string): Promise<unknown>;
  put(table: TableName, key: string, value: unknown): Promise<void>;
}

export interface Migration {
  version: number;
  summary: string;
  createStores?(db: IDBPDatabase<unknown>): void;
  migrateData?(records: MigrationRecords): Promise<void>;
}

/** Settings as version 1 stored them: reminder options were flat fields. */
export interface SettingsV1 {
  language: 'nl' | 'en';
  sidebarCollapsed: boolean;
  selectedInstitution: Record<string, string>;
  remindersEnabled: boolean;
  leadDays: number[];
  campaignOverrides: Record<string, { deadline: string; opens?: string }>;
  snoozedUntil: number | null;
}

function isFlatV1Settings(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return ('remindersEnabled' in value || 'leadDays' in value) && !('reminders' in value);
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    summary: 'Eerste opzet: voortgang per jaar, paginadeadlines, instellingen en meldingen, quarantaine',
    createStores(db) {
      for (const table of TABLES) db.createObjectStore(table);
    },
  },
  {
    version: 2,
    summary: 'Herinneringsinstellingen gebundeld in settings.reminders, met het uur van de ochtend',
    async migrateData(records) {
      const old = await records.get('meta', META_SETTINGS);
      // Absent or already in the new shape: nothing to do. A damaged record is left as it is; the
      // read-time check sets it aside.
      if (!isFlatV1Settings(old)) return;
      const { remindersEnabled, leadDays, ...rest } = old;
      await records.put('meta', META_SETTINGS, {
        ...rest,
        reminders: { enabled: remindersEnabled, leadDays, morningHour: DEFAULT_MORNING_HOUR },
      });
    },
  },
];

export const CURRENT_VERSION: number = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** The steps after `from` up to and including `to`, in version order. */
export function pendingMigrations(from: number, to: number = CURRENT_VERSION): Migration[] {
  return MIGRATIONS.filter((m) => m.version > from && m.version <= to).sort((a, b) => a.version - b.version);
}
