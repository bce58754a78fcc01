/** Finding or adding an institution's record as pages name it, by customer number once it is known. */
import { institutionAt, putInstitution, removeInstitution } from './institution-records';
import type { Institution } from './observation';
import { emptyInstitutionProgress, findInstitutionKey, institutionKey, type InstitutionProgress, type YearProgress } from './progress';

/** The record for this institution, created or re-keyed by customer number as needed. */
export function ensureInstitution(draft: YearProgress, institution: Institution): InstitutionProgress | null {
  if (!institution.name.trim() && !institution.customerNumber?.trim()) return null;
  const wanted = institutionKey(institution);
  const found = findInstitutionKey(draft, institution);
  if (found === null) {
    const created = emptyInstitutionProgress(draft.licenceYear, institution);
    putInstitution(draft, created.key, created);
    return created;
  }
  const record = institutionAt(draft, found) as InstitutionProgress;
  if (institution.name.trim()) record.institution.name = institution.name.trim();
  if (institution.customerNumber?.trim() && found !== wanted) {
    // First seen by name only, now with its customer number: move it to the stable key.
    record.institution.customerNumber = institution.customerNumber.trim();
    record.key = wanted;
    removeInstitution(draft, found);
    putInstitution(draft, wanted, record);
    if (draft.activeCartKey === found) draft.activeCartKey = wanted;
    if (draft.claimIntent?.key === found) draft.claimIntent.key = wanted;
  }
  return record;
}

/**
 * The key a choice made by key now has: a record first seen by name moves to its customer number
 * once a page shows it (ensureInstitution), and a choice of the old key must follow it.
 */
export function keyAfterRekey(before: YearProgress, after: YearProgress, chosenKey: string | null): string | null {
  if (chosenKey === null || institutionAt(after, chosenKey) || !institutionAt(before, chosenKey)) return chosenKey;
  const moved = Object.values(after.institutions).find((i) => institutionKey({ name: i.institution.name, customerNumber: null }) === chosenKey);
  return moved?.key ?? chosenKey;
}
