import { describe, expect, it } from 'vitest';
import { parseDocument } from '../fixtures.testutil';
import { controlText, elementText } from './element-text';

const body = (html: string): HTMLElement => parseDocument(`<html><body>${html}</body></html>`).body;

describe('element text', () => {
  it('reads visible text only, blocks separated, icons and scripts ignored', () => {
    const el = body(`<div><svg><title>icoon</title></svg><span>Plaats</span> <span>bestelling</span><script>x()</script>
      <span hidden>verborgen</span><span style="display: none">weg</span><i aria-hidden="true">*</i><p>Regel</p></div>`);
    expect(elementText(el)).toBe('Plaats bestelling Regel');
    expect(elementText(el, true)).toContain('verborgen');
  });

  it('a control says its text, value or aria-label', () => {
    const root = body(`<input type="submit" value="Plaats bestelling"><button aria-label="Wijzigen"><svg></svg></button>`);
    expect(Array.from(root.querySelectorAll('input,button')).map(controlText)).toEqual(['Plaats bestelling', 'Wijzigen']);
  });
});
