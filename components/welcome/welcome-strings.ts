/**
 * The welcome page's texts, Dutch first. The pinning steps quote each browser's own menu words
 * in that language, so the person can find them on screen.
 */
import type { Language } from '../../lib/core/view';

export interface WelcomeStrings {
  title: string;
  intro: string;
  doesTitle: string;
  does: string[];
  doesNotTitle: string;
  doesNot: string[];
  pinTitle: string;
  pinIntro: string;
  pinChrome: { name: string; steps: string[] };
  pinEdge: { name: string; steps: string[] };
  pinFirefox: { name: string; steps: string[] };
  privacyTitle: string;
  privacy: string;
  login: string;
  loginHint: string;
}

const nl: WelcomeStrings = {
  title: 'Welkom bij Vinkje',
  intro:
    'Vinkje helpt je als 1e contactpersoon bij de jaarlijkse registratie van de Microsoft-licenties van je instelling in de webshop van SLBdiensten.',
  doesTitle: 'Wat Vinkje doet',
  does: [
    'Toont naast de pagina’s van de webshop de 7 stappen per onderwijsinstelling en vinkt ze af zodra je ze zet.',
    'Controleert de aantallen in je winkelwagen tegen de licentieregels, vóór je bestelt.',
    'Telt af naar de deadline: het aantal dagen op het pictogram en een herinnering vooraf.',
  ],
  doesNotTitle: 'Wat Vinkje niet doet',
  doesNot: [
    'Vinkje bestelt en wijzigt niets: je klikt zelf op de knoppen van de webshop.',
    'Vinkje werkt alleen op de webshop van SLBdiensten, op geen andere website.',
    'Vinkje is een onafhankelijk hulpmiddel en geen product van SLBdiensten.',
  ],
  pinTitle: 'Zet Vinkje vast in de werkbalk',
  pinIntro: 'Dan zie je het aantal dagen tot de deadline altijd staan.',
  pinChrome: {
    name: 'Chrome',
    steps: ['Klik rechtsboven op het puzzelstukje (Extensies).', 'Klik naast Vinkje op de punaise (Vastzetten).'],
  },
  pinEdge: {
    name: 'Edge',
    steps: ['Klik rechtsboven op het puzzelstukje (Extensies).', 'Klik naast Vinkje op het oogje (Weergeven op werkbalk).'],
  },
  pinFirefox: {
    name: 'Firefox',
    steps: [
      'Vinkje staat meestal al in de werkbalk, rechts van de adresbalk.',
      'Zie je het niet: klik op het puzzelstukje (Extensies), op het tandwiel naast Vinkje en kies Vastmaken aan werkbalk.',
    ],
  },
  privacyTitle: 'Alles blijft op je apparaat',
  privacy:
    'Vinkje stuurt niets naar de makers of naar anderen: geen statistieken, geen account. Je voortgang staat alleen in deze browser; je wist hem in de opties van Vinkje met Alles wissen.',
  login: 'Naar de inlogpagina van SLBdiensten',
  loginHint: 'Log in zoals altijd; Vinkje verschijnt rechts naast de pagina’s van de webshop.',
};

const en: WelcomeStrings = {
  title: 'Welcome to Vinkje',
  intro:
    'Vinkje helps you, your school’s first contact person, with the yearly registration of the school’s Microsoft licences in the SLBdiensten web shop.',
  doesTitle: 'What Vinkje does',
  does: [
    'Shows the 7 steps per institution next to the shop’s pages and ticks them off as you take them.',
    'Checks the quantities in your cart against the licensing rules, before you order.',
    'Counts down to the deadline: the days left on the toolbar icon and a reminder beforehand.',
  ],
  doesNotTitle: 'What Vinkje does not do',
  doesNot: [
    'Vinkje orders and changes nothing: you press the shop’s buttons yourself.',
    'Vinkje works only on the SLBdiensten web shop, on no other website.',
    'Vinkje is an independent helper, not a product of SLBdiensten.',
  ],
  pinTitle: 'Pin Vinkje to the toolbar',
  pinIntro: 'Then the days left until the deadline are always in sight.',
  pinChrome: {
    name: 'Chrome',
    steps: ['Click the puzzle piece (Extensions) at the top right.', 'Click the pin (Pin) next to Vinkje.'],
  },
  pinEdge: {
    name: 'Edge',
    steps: ['Click the puzzle piece (Extensions) at the top right.', 'Click the eye (Show in toolbar) next to Vinkje.'],
  },
  pinFirefox: {
    name: 'Firefox',
    steps: [
      'Vinkje is usually in the toolbar already, to the right of the address bar.',
      'If not: click the puzzle piece (Extensions), the gear next to Vinkje and choose Pin to Toolbar.',
    ],
  },
  privacyTitle: 'Everything stays on your device',
  privacy:
    'Vinkje sends nothing to its makers or anyone else: no analytics, no account. Your progress is only in this browser; delete it in Vinkje’s options with Erase everything.',
  login: 'Go to the SLBdiensten login page',
  loginHint: 'Log in as usual; Vinkje appears to the right of the shop’s pages.',
};

export const WELCOME_STRINGS: Record<Language, WelcomeStrings> = { nl, en };

/** Dutch for a browser set to Dutch, English for every other language. */
export function welcomeLanguage(uiLanguage: string): Language {
  return uiLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
