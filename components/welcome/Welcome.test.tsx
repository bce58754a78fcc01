import { afterEach, describe, expect, it } from 'vitest';
import { mount, type Mounted } from '../popup/test-support/dom';
import { Welcome } from './Welcome';
import { welcomeLanguage } from './welcome-strings';

let m: Mounted | null = null;
afterEach(() => m?.unmount());

describe('the welcome page', () => {
  it('follows the browser’s language: Dutch for nl and nl-BE, English for anything else', () => {
    expect(['nl', 'nl-NL', 'nl-BE', 'en-US', 'de', 'fy'].map(welcomeLanguage)).toEqual(['nl', 'nl', 'nl', 'en', 'en', 'en']);
  });

  it('in Dutch: what Vinkje does and does not do, the privacy promise and the way to the shop’s login', () => {
    m = mount(<Welcome language="nl" browser="chrome" />);
    const text = m.root.textContent ?? '';
    expect(m.one('h1').textContent).toContain('Welkom bij Vinkje');
    for (const heading of ['Wat Vinkje doet', 'Wat Vinkje niet doet', 'Zet Vinkje vast in de werkbalk', 'Alles blijft op je apparaat']) {
      expect(m.all('h2').map((h) => h.textContent)).toContain(heading);
    }
    expect(text).toContain('geen product van SLBdiensten');
    const login = m.one('[data-testid="vinkje-welcome-login"]');
    expect(login.getAttribute('href')).toBe('https://www.slbdiensten.nl/login/?redirect=%2Faccount%2F');
    expect(login.textContent).toBe('Naar de inlogpagina van SLBdiensten');
  });

  it('tells Chrome users first how to pin, in Chrome’s own words, then Edge and Firefox', () => {
    m = mount(<Welcome language="nl" browser="chrome" />);
    expect(m.all('.pin').map((p) => p.getAttribute('data-browser'))).toEqual(['chrome', 'edge', 'firefox']);
    expect(m.one('[data-browser="chrome"]').textContent).toContain('Vastzetten');
    expect(m.one('[data-browser="edge"]').textContent).toContain('Weergeven op werkbalk');
  });

  it('tells Firefox users first, in English when the browser is English', () => {
    m = mount(<Welcome language="en" browser="firefox" />);
    expect(m.one('[data-testid="vinkje-welcome-page"]').getAttribute('data-language')).toBe('en');
    expect(m.all('.pin')[0]?.getAttribute('data-browser')).toBe('firefox');
    expect(m.one('[data-browser="firefox"]').textContent).toContain('Pin to Toolbar');
    expect(m.one('[data-testid="vinkje-welcome-login"]').textContent).toBe('Go to the SLBdiensten login page');
  });
});
