/** The count of generated cases a test ran, kept in the test's meta (set in count-cases.ts). */
declare module 'vitest' {
  interface TaskMeta {
    fuzzCases?: number;
  }
}
export {};
