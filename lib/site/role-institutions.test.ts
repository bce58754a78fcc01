import { describe, expect, it } from 'vitest';
import { loadFixtures, parseDocument, NEUTRAL_URL } from './fixtures.testutil';
import { readPage } from './read';

const ALL_THREE = ['Het Baken College', 'ROC Rivierland', 'Lyceum Zuiderpark'];
const accountPages = loadFixtures().filter((f) => f.kind === 'account');

describe('the institutions the account page names in its role line', () => {
  it('covers every markup', () => {
    expect(new Set(accountPages.map((f) => f.set))).toEqual(new Set(['sim', 'alt-a', 'alt-b', 'alt-c', 'alt-d']));
  });

  for (const fixture of accountPages) {
    it(`${fixture.set}/${fixture.name}`, () => {
      const obs = readPage(parseDocument(fixture.html), NEUTRAL_URL, 0);
      const names = obs.institutions.map((i) => i.name);
      if (fixture.state === 'colleague') expect(names).toEqual(['Het Baken College']);
      else expect(names).toEqual(ALL_THREE);
    });
  }

  it('reads "A, B en C" and customer numbers in the line, and stops before the next sentence', () => {
    const colleague = accountPages.find((f) => f.set === 'sim' && f.state === 'colleague')!;
    const html = colleague.html.replace(
      /Je bent contactpersoon van:[^<]*/,
      'Je bent contactpersoon van: Het Baken College (klantnummer 100231) en ROC Rivierland. De 1e contactpersoon is J. de Vries.',
    );
    expect(html).not.toBe(colleague.html);
    const obs = readPage(parseDocument(html), NEUTRAL_URL, 0);
    expect(obs.kind).toBe('account');
    expect(obs.institutions).toEqual([
      { name: 'Het Baken College', customerNumber: '100231' },
      { name: 'ROC Rivierland', customerNumber: null },
    ]);
  });

  it('pages without a role line name no institutions this way', () => {
    for (const fixture of loadFixtures().filter((f) => f.kind !== 'account')) {
      expect(readPage(parseDocument(fixture.html), NEUTRAL_URL, 0).institutions, fixture.name).toEqual([]);
    }
  });
});
