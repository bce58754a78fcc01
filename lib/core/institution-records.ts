/**
 * The institutions of a year's progress are a plain record keyed by customer number or by name.
 * A name can be anything a page shows, "constructor" and "__proto__" included, so records are only
 * read as own properties and written as data properties: a key never reaches Object.prototype.
 */
import type { InstitutionProgress, YearProgress } from './progress';

export function institutionAt(progress: Pick<YearProgress, 'institutions'>, key: string | null | undefined): InstitutionProgress | undefined {
  if (key === null || key === undefined || !Object.hasOwn(progress.institutions, key)) return undefined;
  return progress.institutions[key];
}

export function putInstitution(progress: Pick<YearProgress, 'institutions'>, key: string, record: InstitutionProgress): void {
  Object.defineProperty(progress.institutions, key, { value: record, enumerable: true, writable: true, configurable: true });
}

export function removeInstitution(progress: Pick<YearProgress, 'institutions'>, key: string): void {
  if (Object.hasOwn(progress.institutions, key)) delete progress.institutions[key];
}
