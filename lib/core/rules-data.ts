/**
 * The texts and facts of the cart rules. Written for an office manager, not an IT specialist: say
 * what is wrong with the numbers, then one concrete thing to do in the shop, using the shop's own
 * button names (Wijzigen, Verwijderen → Opzeggen, 'Andere licentie van Microsoft bestellen'). A fix
 * never says "lower to 0": the manual removes a licence with Verwijderen and then Opzeggen. A number
 * in a fix is what that cart line must become (a target) or what must be added (a shortfall), so it
 * agrees with the line the user sees. Product names stay Dutch in English texts, because the shop
 * shows them in Dutch. A variant with its own severity says so (see RuleMessage in rules.ts).
 *
 * Placeholders per rule (filled by cart-check.ts):
 * R01/R02 a5 a3 excess a5Label a3Label product target · R03/R04 a3 base shortfall a3Label baseLabel
 * shortfallLabel basePlural baseProduct baseTarget needed unknownNames · R05/R06 addon qualifying
 * excess addonLabel a3Licences a3Label userType product target a3Target · R07 product baseLabel
 * unknownNames · R08 product text reason · R09 product entered prepared likelyTotal · R10 product
 * entered prepared change · R11/R12 product quantity cores coresWord minimum target · R13 product ·
 * R14 product · R15 product otherLine total
 */

import type { UserType } from './catalogue-data';
import type { CountedText, LocalText } from './format';
import type { RuleDefinition } from './rules';

const ADD_BUTTON_NL = "'Andere licentie van Microsoft bestellen'";
const ADD_BUTTON_EN = "'Andere licentie van Microsoft bestellen' (order another Microsoft licence)";
const FUTURE_NL = 'Licenties → Toekomstige licenties';
const FUTURE_EN = 'Licenties → Toekomstige licenties (future licences)';

// The shop's three actions on a cart line, in one wording everywhere.
const change = (target: string): LocalText => ({
  nl: `kies Wijzigen en vul ${target} in`,
  en: `choose Wijzigen (change) and enter ${target}`,
});
const REMOVE: LocalText = { nl: 'kies Verwijderen en daarna Opzeggen', en: 'choose Verwijderen (remove) and then Opzeggen (cancel)' };

const lowerTo = (product: string, target: string): LocalText => ({
  nl: `Verlaag ${product} naar ${target}: ${change(target).nl}.`,
  en: `Lower ${product} to ${target}: ${change(target).en}.`,
});
const raiseTo = (product: string, target: string): LocalText => ({
  nl: `Verhoog ${product} naar ${target}: ${change(target).nl}.`,
  en: `Raise ${product} to ${target}: ${change(target).en}.`,
});
const removeLine = (product: string): LocalText => ({
  nl: `Verwijder ${product}: ${REMOVE.nl}.`,
  en: `Remove ${product}: ${REMOVE.en}.`,
});
const orderExtra = (count: string, label: string): LocalText => ({
  nl: `Bestel ${count} extra ${label}: klik onder de winkelwagen op ${ADD_BUTTON_NL}.`,
  en: `Order ${count} extra ${label}: below the cart, click ${ADD_BUTTON_EN}.`,
});

const A5_MESSAGES: RuleDefinition['messages'] = {
  default: {
    nl: 'Na deze bestelling heb je {a5} {a5Label} en {a3} {a3Label}. A5 is een aanvulling (step-up) op A3, dus je kunt nooit meer A5 dan A3 hebben: je hebt er {excess} te veel.',
    en: 'After this order you would have {a5} {a5Label} and {a3} {a3Label}. A5 is a step-up on A3, so you can never have more A5 than A3: that is {excess} too many.',
  },
  'no-a3': {
    nl: 'Na deze bestelling heb je {a5} {a5Label}, maar geen {a3Label}. A5 is een aanvulling (step-up) op A3: zonder A3 kun je geen A5 hebben.',
    en: 'After this order you would have {a5} {a5Label} but no {a3Label}. A5 is a step-up on A3: without A3 you cannot have A5.',
  },
};

const A5_FIXES: RuleDefinition['fixes'] = {
  'lower-a5': lowerTo('{product}', '{target}'),
  'remove-a5': removeLine('{product}'),
  'raise-a3': raiseTo('{product}', '{target}'),
  'order-a3': orderExtra('{excess}', '{a3Label}'),
  'order-a3-or-remove-a5': {
    nl: `Bestel {a5} {a3Label} via ${ADD_BUTTON_NL} onder de winkelwagen, of verwijder {product}: ${REMOVE.nl}.`,
    en: `Order {a5} {a3Label} via ${ADD_BUTTON_EN} below the cart, or remove {product}: ${REMOVE.en}.`,
  },
};

const BASE_MESSAGES: RuleDefinition['messages'] = {
  default: {
    nl: 'Na deze bestelling heb je {a3} {a3Label}, maar {base} {baseLabel}. Elke A3-licentie heeft een Basispakket nodig (zie stap 3 van het stappenplan): je komt er {shortfall} tekort.',
    en: 'After this order you would have {a3} {a3Label} but {base} {baseLabel}. Every A3 licence needs a base package (see step 3 of the manual): you are {shortfall} short.',
  },
  // Some future licence could not be counted: a shortfall computed without it would be a guess.
  'base-unknown': {
    severity: 'info',
    nl: 'Na deze bestelling heb je {a3} {a3Label}. Vinkje weet niet of je genoeg {basePlural} hebt: bij je toekomstige licenties kan Vinkje {unknownNames} niet meetellen.',
    en: 'After this order you would have {a3} {a3Label}. Vinkje cannot tell whether you have enough {basePlural}: it cannot count {unknownNames} in your future licences.',
  },
};

const BASE_FIXES: RuleDefinition['fixes'] = {
  'order-base': orderExtra('{shortfall}', '{shortfallLabel}'),
  'raise-base': raiseTo('{baseProduct}', '{baseTarget}'),
  'check-future': {
    nl: `Kijk bij ${FUTURE_NL} hoeveel {basePlural} je hebt. Zijn dat er minder dan {needed}, bestel dan het verschil extra: klik onder de winkelwagen op ${ADD_BUTTON_NL}.`,
    en: `Check ${FUTURE_EN} for the number of {basePlural}. If it is less than {needed}, order the difference: below the cart, click ${ADD_BUTTON_EN}.`,
  },
  'check-future-raise': {
    nl: `Kijk bij ${FUTURE_NL} hoeveel {basePlural} je hebt. Zijn dat er minder dan {needed}, verhoog dan {baseProduct} met het verschil: kies Wijzigen en vul het nieuwe totaal in.`,
    en: `Check ${FUTURE_EN} for the number of {basePlural}. If it is less than {needed}, raise {baseProduct} by the difference: choose Wijzigen (change) and enter the new total.`,
  },
};

const ADD_ON_FIXES: RuleDefinition['fixes'] = {
  lower: lowerTo('{product}', '{target}'),
  remove: removeLine('{product}'),
  'raise-a3': raiseTo('{product}', '{a3Target}'),
  'order-a3': orderExtra('{excess}', '{a3Label}'),
};

export const RULE_DEFINITIONS: readonly RuleDefinition[] = [
  {
    id: 'R01',
    severity: 'error',
    title: { nl: 'A5 (step-up) medewerkers ≤ A3 medewerkers', en: 'A5 (step-up) staff ≤ A3 staff' },
    messages: A5_MESSAGES,
    fixes: A5_FIXES,
    source: 'APS IT-diensten FAQ: A5 is a step-up on A3, never more A5 than A3',
  },
  {
    id: 'R02',
    severity: 'error',
    title: {
      nl: 'A5 (step-up) leerlingen/studenten ≤ A3 leerlingen/studenten',
      en: 'A5 (step-up) students ≤ A3 students',
    },
    messages: A5_MESSAGES,
    fixes: A5_FIXES,
    source: 'same, by analogy',
  },
  {
    id: 'R03',
    manualStep: 3,
    severity: 'error',
    title: { nl: 'A3 medewerkers ≤ Basispakketten medewerkers', en: 'A3 staff ≤ base packages staff' },
    messages: BASE_MESSAGES,
    fixes: BASE_FIXES,
    source: '2026 manual: 4 extra A3 need 4 extra basispakketten',
  },
  {
    id: 'R04',
    manualStep: 3,
    severity: 'error',
    title: {
      nl: 'A3 leerlingen/studenten ≤ Basispakketten leerlingen/studenten',
      en: 'A3 students ≤ base packages students',
    },
    messages: BASE_MESSAGES,
    fixes: BASE_FIXES,
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
        nl: 'Na deze bestelling heb je {addon} {addonLabel}, maar {qualifying} {a3Licences} voor {userType}. Een A5-step-up maakt van een A3-licentie een A5-licentie en telt dus niet extra. Elke add-on hoort bij één licentie: je hebt er {excess} te veel.',
        en: 'After this order you would have {addon} {addonLabel} but {qualifying} {a3Licences} for {userType}. An A5 step-up turns an A3 licence into A5, so it does not count on top. Each add-on belongs to one licence: that is {excess} too many.',
      },
    },
    fixes: ADD_ON_FIXES,
    source: 'Microsoft Product Terms: one add-on per qualifying license',
  },
  {
    id: 'R06',
    severity: 'error',
    title: { nl: 'Microsoft 365 Copilot ≤ de A3-licenties', en: 'Microsoft 365 Copilot ≤ the A3 licences' },
    messages: {
      default: {
        nl: 'Na deze bestelling heb je {addon} {addonLabel}, maar {qualifying} {a3Licences} voor {userType}. Een A5-step-up telt niet extra, want die maakt van een A3-licentie een A5-licentie. Elke Copilot-licentie hoort bij één licentie: je hebt er {excess} te veel.',
        en: 'After this order you would have {addon} {addonLabel} but {qualifying} {a3Licences} for {userType}. An A5 step-up does not count on top, because it turns an A3 licence into A5. Each Copilot licence needs one licence: that is {excess} too many.',
      },
    },
    fixes: ADD_ON_FIXES,
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
      'base-unknown': {
        severity: 'info',
        nl: 'Voor {product} heb je {baseLabel} nodig. Vinkje weet niet of je die hebt: bij je toekomstige licenties kan Vinkje {unknownNames} niet meetellen.',
        en: '{product} needs {baseLabel}. Vinkje cannot tell whether you have them: it cannot count {unknownNames} in your future licences.',
      },
    },
    fixes: {
      'order-base': {
        nl: `Kijk bij ${FUTURE_NL} of je {baseLabel} hebt. Heb je ze niet, bestel ze dan via ${ADD_BUTTON_NL} onder de winkelwagen, of verwijder {product}: ${REMOVE.nl}.`,
        en: `Check ${FUTURE_EN} for {baseLabel}. If there are none, order them via ${ADD_BUTTON_EN} below the cart, or remove {product}: ${REMOVE.en}.`,
      },
      'check-future': {
        nl: `Kijk bij ${FUTURE_NL} of daar {baseLabel} staan. Staan ze er niet, bestel ze dan via ${ADD_BUTTON_NL} onder de winkelwagen, of verwijder {product}: ${REMOVE.nl}.`,
        en: `Check ${FUTURE_EN} for {baseLabel}. If there are none, order them via ${ADD_BUTTON_EN} below the cart, or remove {product}: ${REMOVE.en}.`,
      },
    },
    source: 'APS FAQ: additionals only with a Basispakket',
  },
  {
    id: 'R08',
    severity: 'error',
    title: { nl: 'Een aantal is een geheel getal van 0 of meer', en: 'A quantity is a whole number of 0 or more' },
    messages: {
      // A number the user evidently typed wrong: the reason says what to change.
      default: {
        nl: 'Bij {product} staat "{text}". {reason}',
        en: '{product} shows "{text}". {reason}',
      },
      // Vinkje did not get a number to read (see NOT_READ_REASONS): its own shortcoming, not the user's.
      'not-read': {
        severity: 'info',
        nl: 'Vinkje kon dit aantal niet lezen: bij {product} staat "{text}". Controles die dit aantal nodig hebben, zijn overgeslagen.',
        en: 'Vinkje could not read this quantity: {product} shows "{text}". Checks that need this quantity were skipped.',
      },
      'not-found': {
        severity: 'info',
        nl: 'Vinkje kon dit aantal niet lezen: bij {product} vond Vinkje geen aantal. Controles die dit aantal nodig hebben, zijn overgeslagen.',
        en: 'Vinkje could not read this quantity: it found no quantity for {product}. Checks that need this quantity were skipped.',
      },
    },
    fixes: {
      edit: {
        nl: 'Kies bij {product} Wijzigen en vul het totaal in als geheel getal, bijvoorbeeld 1996.',
        en: 'At {product}, choose Wijzigen (change) and enter the total as a whole number, for example 1996.',
      },
      'check-cart': {
        nl: 'Kijk in de winkelwagen welk aantal er bij {product} staat. Klopt het niet, kies dan Wijzigen en vul het totaal in.',
        en: 'Look in the cart at the quantity of {product}. If it is wrong, choose Wijzigen (change) and enter the total.',
      },
    },
    source: 'input sanity',
  },
  {
    id: 'R09',
    manualStep: 3,
    severity: 'warning',
    title: { nl: 'Totaal ingevuld, niet het extra aantal', en: 'Total entered, not the number to add' },
    messages: {
      default: {
        nl: 'Bij {product} staat {entered}, terwijl er {prepared} klaarstonden. Vul het totaal in, niet het extra aantal (zie stap 3 van het stappenplan).',
        en: '{product} is set to {entered}, while {prepared} were prepared. Enter the total, not the number to add (see step 3 of the manual).',
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
        nl: 'Bij {product} staat {quantity}; dat is {cores} {coresWord}. Windows Server wordt per core gelicentieerd: minstens {minimum} cores per server en altijd een even aantal.',
        en: '{product} is set to {quantity}; that is {cores} {coresWord}. Windows Server is licensed per core: at least {minimum} cores per server and always an even number.',
      },
    },
    fixes: { raise: raiseTo('{product}', '{target}') },
    source: 'Microsoft licensing',
  },
  {
    id: 'R12',
    severity: 'warning',
    title: { nl: 'SQL Server: minstens 4 cores, even aantal', en: 'SQL Server: at least 4 cores, even number' },
    messages: {
      default: {
        nl: 'Bij {product} staat {quantity}; dat is {cores} {coresWord}. SQL Server wordt per core gelicentieerd: minstens {minimum} cores en altijd een even aantal.',
        en: '{product} is set to {quantity}; that is {cores} {coresWord}. SQL Server is licensed per core: at least {minimum} cores and always an even number.',
      },
    },
    fixes: { raise: raiseTo('{product}', '{target}') },
    source: 'Microsoft licensing',
  },
  {
    id: 'R13',
    manualStep: 3,
    severity: 'info',
    title: { nl: 'Aantal 0: gebruik Verwijderen', en: 'Quantity 0: use Verwijderen (remove)' },
    messages: {
      default: { nl: '{product} staat op 0.', en: '{product} is set to 0.' },
    },
    fixes: {
      remove: {
        nl: 'Wil je {product} niet meer? Kies dan Verwijderen en daarna Opzeggen (zie stap 3 van het stappenplan). Wil je de licenties houden, kies dan Wijzigen en vul het totaal in.',
        en: 'No longer want {product}? Choose Verwijderen (remove) and then Opzeggen (cancel), as step 3 of the manual says. To keep the licences, choose Wijzigen (change) and enter the total.',
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
        nl: 'Vinkje kent {product} niet: dit aantal is niet gecontroleerd tegen je andere licenties.',
        en: 'Vinkje does not know {product}: this quantity was not checked against your other licences.',
      },
      'no-user-type': {
        nl: 'Vinkje herkent {product}, maar weet niet of het voor medewerkers of voor leerlingen/studenten is: dit aantal is niet gecontroleerd tegen je andere licenties.',
        en: 'Vinkje recognises {product} but cannot tell whether it is for staff or for students: this quantity was not checked against your other licences.',
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
        nl: '{product} staat meer dan één keer in de winkelwagen, ook op regel {otherLine}. Alle aantallen worden besteld.',
        en: '{product} is in the cart more than once, also on line {otherLine}. All quantities will be ordered.',
      },
    },
    fixes: {
      // The total of every line with this product, so following the fix keeps what is ordered now.
      'merge-total': {
        nl: `Wil je ze samen op één regel? Kies op regel {otherLine} Wijzigen en vul {total} in. Verwijder daarna deze regel: ${REMOVE.nl}.`,
        en: `Want them on one line? On line {otherLine}, choose Wijzigen (change) and enter {total}. Then remove this line: ${REMOVE.en}.`,
      },
      merge: {
        nl: `Zet het totaal op regel {otherLine}: kies daar Wijzigen. Verwijder daarna deze regel: ${REMOVE.nl}.`,
        en: `Put the total on line {otherLine}: choose Wijzigen (change) there. Then remove this line: ${REMOVE.en}.`,
      },
    },
    source: 'sanity',
  },
];

/** Base packages of one user type, singular and plural: "1 Basispakket", "996 Basispakketten". */
export const BASE_LABELS: Record<UserType, CountedText> = {
  staff: {
    one: { nl: 'Basispakket medewerkers', en: 'Basispakket medewerkers' },
    other: { nl: 'Basispakketten medewerkers', en: 'Basispakketten medewerkers' },
  },
  students: {
    one: { nl: 'Basispakket leerlingen/studenten', en: 'Basispakket leerlingen/studenten' },
    other: { nl: 'Basispakketten leerlingen/studenten', en: 'Basispakketten leerlingen/studenten' },
  },
};

/** The licences an add-on needs (R05/R06), counted. */
export const A3_LICENCES: CountedText = {
  one: { nl: 'Microsoft 365 A3-licentie', en: 'Microsoft 365 A3 licence' },
  other: { nl: 'Microsoft 365 A3-licenties', en: 'Microsoft 365 A3 licences' },
};

export const CORES: CountedText = {
  one: { nl: 'core', en: 'core' },
  other: { nl: 'cores', en: 'cores' },
};

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
  'future-license-no-user-type',
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
    nl: 'Vinkje kon het aantal van {product} bij je toekomstige licenties niet lezen. Een controle die dit aantal nodig heeft, zegt wat Vinkje niet weet in plaats van een tekort te noemen.',
    en: 'Vinkje could not read the quantity of {product} in your future licences. A check that needs it says what Vinkje does not know instead of naming a shortfall.',
  },
  'prepared-lines-unknown': {
    nl: 'Vinkje kent de klaargezette aantallen van vorig jaar voor deze instelling nog niet en kan dus niet zien of je het totaal of alleen het extra aantal invulde. Open Licenties verlengen en klap de klaargezette bestelling open; dan vergelijkt Vinkje ook met vorig jaar.',
    en: 'Vinkje does not know last year’s prepared quantities for this institution yet, so it cannot tell whether you entered the total or only the extra. Open Licenties verlengen and expand the prepared order; Vinkje then also compares with last year.',
  },
  'future-license-not-recognised': {
    nl: 'Vinkje kent {product} bij je toekomstige licenties niet: het kan een Basispakket zijn. Een controle op Basispakketten zegt daarom wat Vinkje niet weet in plaats van een tekort te noemen.',
    en: 'Vinkje does not know {product} in your future licences: it may be a base package. A check on base packages therefore says what Vinkje does not know instead of naming a shortfall.',
  },
  'future-license-no-user-type': {
    nl: 'Vinkje herkent {product} bij je toekomstige licenties, maar niet of het voor medewerkers of voor leerlingen/studenten is. Een controle die dit aantal nodig heeft, zegt wat Vinkje niet weet in plaats van een tekort te noemen.',
    en: 'Vinkje recognises {product} in your future licences but cannot tell whether it is for staff or for students. A check that needs it says what Vinkje does not know instead of naming a shortfall.',
  },
};
