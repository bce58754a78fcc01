import { describe, expect, it, vi } from 'vitest';

// As in the content script's build: no English table until english-texts.js has run.
vi.mock('./english-strings', () => ({ englishStrings: () => undefined }));

const { strings } = await import('./strings');

describe('the sidebar before its English texts arrive', () => {
  it('draws English in Dutch, never blank', () => {
    expect(strings('en')).toBe(strings('nl'));
    expect(strings('en').collapse).toBe('Inklappen');
  });
});
