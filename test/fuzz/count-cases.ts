/**
 * Setup for `npm run test:fuzz`: every fast-check run adds the number of cases it generated to the
 * test that ran it (the test's meta), so the case-count reporter can print the total. Failures are
 * reported exactly as fast-check's own reporter would (message with seed and path, the error as cause).
 */
import fc from 'fast-check';
import { beforeEach, type RunnerTestCase } from 'vitest';
import type {} from './task-meta';

let current: RunnerTestCase | null = null;
beforeEach((context) => {
  current = context.task;
});

fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  reporter(details) {
    if (current) current.meta.fuzzCases = (current.meta.fuzzCases ?? 0) + details.numRuns;
    if (details.failed) throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
  },
});
