/**
 * The page the background reads is the page the person sees: a snapshot read in another document
 * gives the same observation as reading the live page, with what was typed, chosen and pressed.
 */
import { describe, expect, it } from 'vitest';
import { loadFixtures, NEUTRAL_URL, parseDocument } from '../site/fixtures.testutil';
import { readClaimClick, readPage } from '../site/read';
import { readSnapshot } from '../site/snapshot';
import { SNAPSHOT_LIMITS } from '../core/snapshot-limits';
import { pressedControl, takeSnapshot } from './page-snapshot';

const NOW = Date.UTC(2026, 10, 20, 9, 0);
const readCopy = (doc: Document, clicked?: Element) => readSnapshot(takeSnapshot(doc, NEUTRAL_URL, NOW, clicked), parseDocument);

describe('a page read from its snapshot', () => {
  const fixtures = loadFixtures();

  it('covers every saved page', () => expect(fixtures.length).toBeGreaterThan(20));

  it.each(fixtures.map((f) => [`${f.set}/${f.name}`, f] as const))('%s: reads as the live page does', (_name, f) => {
    const live = parseDocument(f.html);
    expect(readCopy(live)).toEqual(readPage(live, NEUTRAL_URL, NOW));
  });

  it('carries what a person typed, which the HTML does not say', () => {
    const live = parseDocument(
      '<html><body><main><h1>Winkelwagen</h1><form><label for="q">Aantal</label><input id="q" name="q" value="10"><label for="r">Referentie</label><input id="r" value=""></form></main></body></html>',
    );
    // As in a browser: typing changes the field's value, not its value attribute (the test DOM does not keep the two apart).
    const type = (el: Element, value: string) => Object.defineProperty(el, 'value', { value, configurable: true });
    type(live.querySelector('#q')!, '1.250');
    type(live.querySelector('#r')!, 'PO-2027-17');
    const snapshot = takeSnapshot(live, NEUTRAL_URL, NOW);
    expect(snapshot.fields).toEqual([
      { at: 0, tag: 'INPUT', value: '1.250' },
      { at: 1, tag: 'INPUT', value: 'PO-2027-17' },
    ]);
    const copy = parseDocument(snapshot.html);
    expect((copy.querySelector('#q') as HTMLInputElement).value).toBe('10');
    expect(readSnapshot(snapshot, parseDocument)).toEqual(readPage(live, NEUTRAL_URL, NOW));
  });

  it('leaves a field as the HTML wrote it out of the snapshot', () => {
    const live = parseDocument('<html><body><main><input value="3"><textarea>x</textarea></main></body></html>');
    expect(takeSnapshot(live, NEUTRAL_URL, NOW).fields).toEqual([]);
  });

  it('finds the pressed claim button again, so the claimed cart is filed under its institution', () => {
    const f = fixtures.find((x) => x.kind === 'renewals' && x.set === 'sim' && /toevoegen aan winkelwagen/i.test(x.html));
    expect(f).toBeDefined();
    const live = parseDocument(f!.html);
    const claim = Array.from(live.querySelectorAll('button, a, input')).find((el) => /toevoegen aan winkelwagen/i.test(el.textContent || el.getAttribute('value') || ''));
    expect(claim).toBeDefined();
    const expected = readClaimClick(live, NEUTRAL_URL, claim!);
    expect(expected).not.toBeNull();
    expect(readCopy(live, claim!).claiming).toEqual(expected);
    // Any other press claims nothing.
    expect(readCopy(live, live.querySelector('h1') ?? live.body).claiming).toBeNull();
  });

  it('ignores what <noscript> holds, as the live page (scripts on) shows it as text', () => {
    const live = parseDocument('<html><body><main><h1>Winkelwagen</h1><p>Uw winkelwagen is leeg.</p></main></body></html>');
    const snapshot = takeSnapshot(live, NEUTRAL_URL, NOW);
    const withNoscript = { ...snapshot, html: snapshot.html.replace('<main>', '<main><noscript><h1>Inloggen</h1><input type="password"></noscript>') };
    expect(readSnapshot(withNoscript, parseDocument)).toEqual(readPage(live, NEUTRAL_URL, NOW));
  });

  it('finds the pressed claim button again after a <noscript> that the live page holds as text', () => {
    const f = fixtures.find((x) => x.kind === 'renewals' && x.set === 'sim' && /toevoegen aan winkelwagen/i.test(x.html))!;
    const live = parseDocument(f.html.replace('<body>', '<body><noscript>Zet JavaScript aan.</noscript>'));
    // In the live page (scripts on) the noscript holds text; the test DOM parses it the same way.
    const noscript = live.querySelector('noscript')!;
    noscript.replaceChildren(live.createTextNode('<p>Zet <b>JavaScript</b> aan.</p>'));
    const claim = Array.from(live.querySelectorAll('button, a, input')).find((el) => /toevoegen aan winkelwagen/i.test(el.textContent || el.getAttribute('value') || ''))!;
    const snapshot = takeSnapshot(live, NEUTRAL_URL, NOW, claim);
    // What the reader's parser (scripts off) gets: the noscript's HTML as elements.
    const copy = { ...snapshot, html: snapshot.html.replace('&lt;p&gt;Zet &lt;b&gt;JavaScript&lt;/b&gt; aan.&lt;/p&gt;', '<p>Zet <b>JavaScript</b> aan.</p>') };
    expect(copy.html).toContain('<noscript><p>Zet <b>JavaScript</b> aan.</p></noscript>');
    expect(readClaimClick(live, NEUTRAL_URL, claim)).not.toBeNull();
    expect(readSnapshot(copy, parseDocument).claiming).toEqual(readClaimClick(live, NEUTRAL_URL, claim));
  });

  it('reads the beginning of a page over the size limit and says the rest was not read', () => {
    const live = parseDocument(`<html><body><main><h1>Bestelhistorie</h1><p>${'x'.repeat(SNAPSHOT_LIMITS.html)}</p></main></body></html>`);
    const snapshot = takeSnapshot(live, NEUTRAL_URL, NOW);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.html.length).toBe(SNAPSHOT_LIMITS.html);
    expect(readSnapshot(snapshot, parseDocument).unread).toContain('pagina te groot: alleen het begin gelezen');
  });

  it('sends a press only for controls, not for a click on text', () => {
    const live = parseDocument('<html><body><main><p id="t">tekst</p><button id="b"><span id="s">Ga</span></button><a id="a" href="/x">x</a></main></body></html>');
    expect(pressedControl(live.querySelector('#t')!)).toBeNull();
    expect(pressedControl(live.querySelector('#s')!)?.id).toBe('b');
    expect(pressedControl(live.querySelector('#a')!)?.id).toBe('a');
    // Whatever the readers count as a control, a front end's menu item or tab too.
    const app = parseDocument('<html><body><div role="menuitem" id="m"><span id="ms">Toevoegen aan winkelwagen</span></div><div role="tab" id="t">x</div></body></html>');
    expect(pressedControl(app.querySelector('#ms')!)?.id).toBe('m');
    expect(pressedControl(app.querySelector('#t')!)?.id).toBe('t');
  });
});
