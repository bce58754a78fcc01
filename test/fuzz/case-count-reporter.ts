/**
 * Prints how many generated cases the fuzz run ran (summed from each test's meta, see
 * count-cases.ts) and fails the run when that is below the minimum the project promises.
 */
import type { Reporter, TestModule } from 'vitest/node';
import type {} from './task-meta';

export const MINIMUM_CASES = 100_000;

export default class CaseCountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let total = 0;
    let properties = 0;
    const perFile: Array<[string, number]> = [];
    for (const module of testModules) {
      let inFile = 0;
      for (const test of module.children.allTests()) {
        const cases = test.meta().fuzzCases ?? 0;
        if (cases > 0) properties += 1;
        inFile += cases;
      }
      if (inFile > 0) perFile.push([module.relativeModuleId, inFile]);
      total += inFile;
    }
    const count = (n: number) => n.toLocaleString('en-GB');
    const lines = perFile.sort((a, b) => b[1] - a[1]).map(([file, n]) => `  ${count(n).padStart(9)}  ${file}`);
    console.log(`\nFuzzing: ${count(total)} generated cases in ${properties} properties\n${lines.join('\n')}`);
    if (total < MINIMUM_CASES) {
      console.log(`Fuzzing: fewer than ${count(MINIMUM_CASES)} cases; raise VINKJE_FUZZ_RUNS.`);
      process.exitCode = 1;
    }
  }
}
