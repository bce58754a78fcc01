/**
 * How many generated cases a property runs. `npm run test:unit` runs each property's own small
 * sample, so the everyday run stays quick; `npm run test:fuzz` sets VINKJE_FUZZ_RUNS and every
 * property then runs that many cases divided by its cost (reading a parsed page costs hundreds of
 * times more than parsing a quantity), never fewer than its sample. One variable scales them all.
 */
const FUZZ_RUNS_VARIABLE = 'VINKJE_FUZZ_RUNS';

function requestedRuns(): number | null {
  const raw = process.env[FUZZ_RUNS_VARIABLE];
  if (raw === undefined || raw === '') return null;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${FUZZ_RUNS_VARIABLE} must be a whole number of at least 1, not ${raw}`);
  return value;
}

/** numRuns for a property: `sample` in the unit run, VINKJE_FUZZ_RUNS / `cost` (at least `sample`) when fuzzing. */
export function fuzzRuns(sample: number, cost = 1): number {
  const requested = requestedRuns();
  return requested === null ? sample : Math.max(sample, Math.ceil(requested / cost));
}
