import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';

describe('normalize', () => {
  it('normalises case, nbsp, narrow nbsp and runs of whitespace', () => {
    expect(normalize('  Plaats\u00a0\n  BESTELLING\u202f ')).toBe('plaats bestelling');
  });
});
