/**
 * Examples for every pattern in labels/ (lib/site/labels/*.ts): texts a shop page may show that the pattern must match,
 * and near misses it must not (the same word in another page's sense, a footer or promotion text).
 * Written as a person sees them (capitals, punctuation); ../label-examples.test.ts prepares each text
 * the way the readers do (normalised, as a label, case kept, or as a URL path) before testing.
 * A new pattern in labels/ needs a record here: the test fails without one.
 */

export interface LabelExamples {
  /** Texts the pattern must match. */
  match: string[];
  /** Near misses the pattern must not match. */
  miss: string[];
  /**
   * For a pattern with capture groups: texts and the first group that took part in the match, as the
   * pattern sees the text (lower case where it runs on normalised text).
   */
  groups?: Array<[text: string, group1: string]>;
}
