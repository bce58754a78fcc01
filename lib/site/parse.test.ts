/**
 * parseInstitution keeps its answers by text (an order list names a few institutions on every row):
 * the same text gives the same answer, and every caller gets its own copy.
 */
import { describe, expect, it } from 'vitest';
import { parseInstitution } from './parse';

describe('parseInstitution, asked the same text many times', () => {
  it('gives the same answer each time, a copy a caller may change without changing the next row’s', () => {
    const first = parseInstitution('Het Baken College (klantnummer 100231)');
    expect(first).toEqual({ name: 'Het Baken College', customerNumber: '100231' });
    if (first) first.name = 'changed by a caller';
    expect(parseInstitution('Het Baken College (klantnummer 100231)')).toEqual({ name: 'Het Baken College', customerNumber: '100231' });
  });

  it('tells apart the same text with another name to fall back on', () => {
    expect(parseInstitution('(klantnummer 100231)', 'ROC Rivierland')).toEqual({ name: 'ROC Rivierland', customerNumber: '100231' });
    expect(parseInstitution('(klantnummer 100231)', 'Lyceum Zuiderpark')).toEqual({ name: 'Lyceum Zuiderpark', customerNumber: '100231' });
    expect(parseInstitution('(klantnummer 100231)')).toBeNull();
  });
});
