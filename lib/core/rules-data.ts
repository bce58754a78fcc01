/**
 * The texts and facts of the cart rules. Written for an office manager, not an IT specialist: say
 * what is wrong with the numbers, then one concrete thing to do in the shop, using the shop's own
 * button names. Product names stay Dutch in English texts, because the shop shows them in Dutch.
 *
 * Placeholders per rule (filled by cart-check.ts):
 * R01/R02 a5 a3 excess a5Label a3Label product target · R03/R04 a3 base shortfall a3Label baseLabel
 * baseProduct baseTarget · R05/R06 addon qualifying excess addonLabel userType product target ·
 * R07 product baseLabel · R08 product text reason · R09 product entered prepared likelyTotal ·
 * R10 product entered prepared change · R11/R12 product quantity cores minimum target ·
 * R13 product · R14 product · R15 product otherLine
 */

import type { LocalText } from './format';
import type { RuleDefinition } from './rules';

const ADD_BUTTON_NL = "'Andere licentie van Microsoft bestellen'";
const ADD_BUTTON_EN = "'Andere licentie van Microsoft bestellen' (order another Microsoft licence)";

export const RULE_DEFINITIONS: readonly RuleDefinition[] = [
  {
    id: 'R01',
    severity: 'error',
    title: { nl: 'A5 (step-up) medewerkers ≤ A3 medewerkers', en: 'A5 (step-up) staff ≤ A3 staff' },
    messages: {
      default: {
        nl: 'Na deze bestelling heb je {a5} {a5Label} en {a3} {a3Label}. A5 is een aanvulling (step-up) op A3, dus je kunt nooit meer A5 dan A3 hebben: {excess} te veel.',
        en: 'After this order you would have {a5} {a5Label} and {a3} {a3Label}. A5 is a step-up on A3, so there can never be more A5 than A3: {excess} too many.',
      },
    },
    fixes: {
      'lower-a5': { nl: 'Verlaag {product} naar {target}.', en: 'Lower {product} to {target}.' },
      'raise-a3': { nl: 'Verhoog {product} naar {target}.', en: 'Raise {product} to {target}.' },
    },
    source: 'APS IT-diensten FAQ: A5 is a step-up on A3, never more A5 than A3',
  },
  {
    id: 'R02',
    severity: 'error',
    title: {
      nl: 'A5 (step-up) leerlingen/studenten ≤ A3 leerlingen/studenten',
      en: 'A5 (step-up) students ≤ A3 students',
    },
    messages: {
      default: {
        nl: 'Na deze bestelling heb je {a5} {a5Label} en {a3} {a3Label}. A5 is een aanvulling (step-up) op A3, dus je kunt nooit meer A5 dan A3 hebben: {excess} te veel.',
        en: 'After this order you would have {a5} {a5Label} and {a3} {a3Label}. A5 is a step-up on A3, so there can never be more A5 than A3: {excess} too many.',
      },
    },
    fixes: {
      'lower-a5': { nl: 'Verlaag {product} naar {target}.', en: 'Lower {product} to {target}.' },
      'raise-a3': { nl: 'Verhoog {product} naar {target}.', en: 'Raise {product} to {target}.' },
    },
    source: 'same, by analogy',
  },
  {
    id: 'R03',
    severity: 'error',
    title: { nl: 'A3 medewerkers ≤ Basispakketten medewerkers', en: 'A3 staff ≤ base packages staff' },
    messages: {
      default: {
        nl: 'Na deze bestelling heb je {a3} {a3Label}, maar {base} {baseLabel}. Elke A3-licentie heeft een Basispakket nodig: je komt er {shortfall} tekort.',
        en: 'After this order you would have {a3} {a3Label} but {base} {baseLabel}. Every A3 licence needs a base package: you are {shortfall} short.',
      },
    },
    fixes: {
      'order-base': {
        nl: `Bestel {shortfall} extra {baseLabel}: klik onder de winkelwagen op ${ADD_BUTTON_NL}.`,
        en: `Order {shortfall} extra {baseLabel}: below the cart, click ${ADD_BUTTON_EN}.`,
      },
      'raise-base': { nl: 'Verhoog {baseProduct} naar {baseTarget}.', en: 'Raise {baseProduct} to {baseTarget}.' },
    },
    source: '2026 manual: 4 extra A3 need 4 extra basispakketten',
  },
  {
    id: 'R04',
    severity: 'error',
    title: {
      nl: 'A3 leerlingen/studenten ≤ Basispakketten leerlingen/studenten',
      en: 'A3 students ≤ base packages students',
    },
    messages: {
      default: {
        nl: 'Na deze bestelling heb je {a3} {a3Label}, maar {base} {baseLabel}. Elke A3-licentie heeft een Basispakket nodig: je komt er {shortfall} tekort.',
        en: 'After this order you would have {a3} {a3Label} but {base} {baseLabel}. Every A3 licence needs a base package: you are {shortfall} short.',
      },
    },
    fixes: {
      'order-base': {
        nl: `Bestel {shortfall} extra {baseLabel}: klik onder de winkelwagen op ${ADD_BUTTON_NL}.`,
        en: `Order {shortfall} extra {baseLabel}: below the cart, click ${ADD_BUTTON_EN}.`,
      },
      'raise-base': { nl: 'Verhoog {baseProduct} naar {baseTarget}.', en: 'Raise {baseProduct} to {baseTarget}.' },
    },
    source: 'by analogy',
  },
  {
    id: 'R05',
    severity: 'error',
    title: {
      nl: 'Beveiligings- en compliance-add-ons ≤ de A3-licenties van dezelfde gebruikers',
      en: 'Security and compliance add-ons ≤ the A3 licences of the same user type',
    },
    messages: {
      default: {
        nl: 'Na deze bestelling heb je {addon} {addonLabel}, maar {qualifying} Microsoft 365 A3-licenties voor {userType} (een A5-step-up maakt van een A3-licentie een A5-licentie en telt dus niet extra). Elke add-on hoort bij één licentie: {excess} te veel.',
        en: 'After this order you would have {addon} {addonLabel} but {qualifying} Microsoft 365 A3 licences for {userType} (an A5 step-up turns an A3 licence into A5, so it does not count on top). Each add-on belongs to one licence: {excess} too many.',
      },
    },
    fixes: {
      lower: { nl: 'Verlaag {product} naar {target}.', en: 'Lower {product} to {target}.' },
    },
    source: 'Microsoft Product Terms: one add-on per qualifying license',
  },
  {
    id: 'R06',
    severity: 'error',
    title: { nl: 'Microsoft 365 Copilot ≤ de A3-licenties', en: 'Microsoft 365 Copilot ≤ the A3 licences' },
    messages: {
      default: {
        nl: 'Na deze bestelling heb je {addon} {addonLabel}, maar {qualifying} Microsoft 365 A3-licenties voor {userType} (een A5-step-up telt niet extra: die maakt van een A3-licentie een A5-licentie). Elke Copilot-licentie hoort bij één licentie: {excess} te veel.',
        en: 'After this order you would have {addon} {addonLabel} but {qualifying} Microsoft 365 A3 licences for {userType} (an A5 step-up does not count on top: it turns an A3 licence into A5). Each Copilot licence needs one licence: {excess} too many.',
      },
    },
    fixes: {
      lower: { nl: 'Verlaag {product} naar {target}.', en: 'Lower {product} to {target}.' },
    },
    source: 'Microsoft: as many Copilot licenses as prerequisite licenses',
  },
  {
    id: 'R07',
    severity: 'error',
    title: { nl: 'Een aanvullend product vraagt om Basispakketten', en: 'An additional product needs base packages' },
    messages: {
      default: {
        nl: '{product} kan alleen samen met een Basispakket, maar na deze bestelling heb je geen {baseLabel}.',
        en: '{product} is only available with a base package, but after this order you would have no {baseLabel}.',
      },
    },
    fixes: {
      'order-base': {
        nl: `Kijk bij Licenties → Toekomstige licenties of je Basispakketten hebt. Zo niet: bestel {baseLabel} via ${ADD_BUTTON_NL}, of verwijder {product}.`,
        en: `Check Licenties → Toekomstige licenties (future licences) for base packages. If there are none, order {baseLabel} via ${ADD_BUTTON_EN}, or remove {product}.`,
      },
    },
    source: 'APS FAQ: additionals only with a Basispakket',
  },
  {
    id: 'R08',
    severity: 'error',
    title: { nl: 'Een aantal is een geheel getal van 0 of meer', en: 'A quantity is a whole number of 0 or more' },
    messages: {
      default: {
        nl: 'Het aantal bij {product} ("{text}") is niet te lezen. {reason}',
        en: 'The quantity of {product} ("{text}") cannot be read. {reason}',
      },
    },
    fixes: {
      edit: {
        nl: 'Kies Wijzigen en vul het totaal in als heel getal, bijvoorbeeld 1996.',
        en: 'Choose Wijzigen (change) and enter the total as a whole number, for example 1996.',
      },
    },
    source: 'input sanity',
  },
  {
    id: 'R09',
    severity: 'warning',
    title: { nl: 'Totaal ingevuld, niet het extra aantal', en: 'Total entered, not the number to add' },
    messages: {
      default: {
        nl: 'Bij {product} staat {entered}, terwijl er {prepared} klaarstonden. Vul het totaal in, niet het extra aantal.',
        en: '{product} is set to {entered}, while {prepared} were prepared. Enter the total, not the number to add.',
      },
    },
    fixes: {
      'enter-total': {
        nl: 'Wil je er {entered} bij? Kies Wijzigen en vul {likelyTotal} in.',
        en: 'Want {entered} more? Choose Wijzigen (change) and enter {likelyTotal}.',
      },
    },
    source: 'manual: enter the TOTAL',
  },
  {
    id: 'R10',
    severity: 'warning',
    title: { nl: 'Grote wijziging ten opzichte van vorig jaar', en: 'Large change compared with last year' },
    messages: {
      default: {
        nl: '{product} gaat van {prepared} naar {entered} ({change}%). Klopt dat?',
        en: '{product} changes from {prepared} to {entered} ({change}%). Is that right?',
      },
    },
    fixes: {
      check: {
        nl: 'Klopt het niet? Kies Wijzigen en vul het juiste totaal in.',
        en: 'If not, choose Wijzigen (change) and enter the right total.',
      },
    },
    source: 'sanity',
  },
  {
    id: 'R11',
    severity: 'warning',
    title: { nl: 'Windows Server: minstens 16 cores, even aantal', en: 'Windows Server: at least 16 cores, even number' },
    messages: {
      default: {
        nl: '{product}: {quantity} besteld, dat is {cores} cores. Windows Server wordt per core gelicentieerd: minstens {minimum} cores per server en altijd een even aantal.',
        en: '{product}: {quantity} ordered, that is {cores} cores. Windows Server is licensed per core: at least {minimum} cores per server and always an even number.',
      },
    },
    fixes: {
      raise: { nl: 'Verhoog {product} naar {target}.', en: 'Raise {product} to {target}.' },
    },
    source: 'Microsoft licensing',
  },
  {
    id: 'R12',
    severity: 'warning',
    title: { nl: 'SQL Server: minstens 4 cores, even aantal', en: 'SQL Server: at least 4 cores, even number' },
    messages: {
      default: {
        nl: '{product}: {quantity} besteld, dat is {cores} cores. SQL Server wordt per core gelicentieerd: minstens {minimum} cores en altijd een even aantal.',
        en: '{product}: {quantity} ordered, that is {cores} cores. SQL Server is licensed per core: at least {minimum} cores and always an even number.',
      },
    },
    fixes: {
      raise: { nl: 'Verhoog {product} naar {target}.', en: 'Raise {product} to {target}.' },
    },
    source: 'Microsoft licensing',
  },
  {
    id: 'R13',
    severity: 'info',
    title: { nl: 'Aantal 0: gebruik Verwijderen', en: 'Quantity 0: use Verwijderen (remove)' },
    messages: {
      default: { nl: '{product} staat op 0.', en: '{product} is set to 0.' },
    },
    fixes: {
      remove: {
        nl: 'Wil je deze licentie niet meer? Kies Verwijderen en daarna Opzeggen.',
        en: 'No longer want this licence? Choose Verwijderen (remove) and then Opzeggen (cancel).',
      },
    },
    source: 'manual',
  },
  {
    id: 'R14',
    severity: 'info',
    title: { nl: 'Product niet herkend: niet gecontroleerd', en: 'Product not recognised: not checked' },
    messages: {
      default: {
        nl: 'Vinkje kent {product} niet. Of dit aantal past bij je andere licenties is niet gecontroleerd.',
        en: 'Vinkje does not know {product}. Whether this quantity fits your other licences was not checked.',
      },
      'no-user-type': {
        nl: 'Vinkje herkent {product}, maar niet of het voor medewerkers of voor leerlingen/studenten is. Of dit aantal past bij je andere licenties is niet gecontroleerd.',
        en: 'Vinkje recognises {product} but cannot tell whether it is for staff or for students. Whether this quantity fits your other licences was not checked.',
      },
    },
    fixes: {},
    source: 'honesty',
  },
  {
    id: 'R15',
    severity: 'warning',
    title: { nl: 'Hetzelfde product op twee regels', en: 'The same product on two lines' },
    messages: {
      default: {
        nl: '{product} staat twee keer in de winkelwagen (ook op regel {otherLine}). Beide aantallen worden besteld.',
        en: '{product} is in the cart twice (also on line {otherLine}). Both quantities will be ordered.',
      },
    },
    fixes: {
      merge: {
        nl: 'Zet het totaal op één regel en verwijder de andere (Verwijderen → Opzeggen).',
        en: 'Put the total on one line and remove the other (Verwijderen → Opzeggen).',
      },
    },
    source: 'sanity',
  },
];

/** Names for a group of add-ons when the cart mixes products (e.g. Defender Suite and E5 Security). */
export const ADD_ON_GROUP_LABELS: Record<'security' | 'compliance', LocalText> = {
  security: { nl: 'beveiligings-add-ons (Defender Suite, E5 Security) voor', en: 'security add-ons (Defender Suite, E5 Security) for' },
  compliance: { nl: 'compliance-add-ons (Purview Suite, E5 Compliance) voor', en: 'compliance add-ons (Purview Suite, E5 Compliance) for' },
};

/** Base packages of either user type, for products not sold per user type (R07). */
export const ANY_BASE_LABEL: LocalText = {
  nl: 'Basispakketten',
  en: 'Basispakketten (base packages)',
};

export const NOTICE_CODES = [
  'future-licenses-unknown',
  'future-license-unreadable',
  'future-license-not-recognised',
  'prepared-lines-unknown',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

/** What the check could not look at, and how the user can fix that. Placeholder: {product}. */
export const NOTICE_TEXTS: Record<NoticeCode, LocalText> = {
  'future-licenses-unknown': {
    nl: "Vinkje kent je toekomstige licenties (zoals de Basispakketten) nog niet en kan dus niet controleren of je genoeg Basispakketten hebt. Open in je account Licenties, kies bij Toon 'Toekomstige licenties' en klik op Filteren.",
    en: "Vinkje does not know your future licences (such as the base packages) yet, so it cannot check whether you have enough base packages. In your account open Licenties, choose 'Toekomstige licenties' under Toon and click Filteren.",
  },
  'future-license-unreadable': {
    nl: 'Vinkje kon het aantal van {product} bij de toekomstige licenties niet lezen; controles die dat aantal nodig hebben zijn overgeslagen.',
    en: 'Vinkje could not read the quantity of {product} in the future licences; checks that need it were skipped.',
  },
  'prepared-lines-unknown': {
    nl: 'Vinkje kent de klaargezette aantallen van vorig jaar voor deze instelling nog niet en kan dus niet zien of je het totaal of alleen het extra aantal invulde. Open Licenties verlengen en klap de order open; dan vergelijkt Vinkje ook met vorig jaar.',
    en: 'Vinkje does not know last year’s prepared quantities for this institution yet, so it cannot tell whether you entered the total or only the extra. Open Licenties verlengen and expand the order; Vinkje then also compares with last year.',
  },
  'future-license-not-recognised': {
    nl: 'Vinkje kent {product} bij de toekomstige licenties niet; dit aantal telt niet mee in de controle.',
    en: 'Vinkje does not know {product} in the future licences; its quantity is not part of the check.',
  },
};
