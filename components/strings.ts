/** Every text the views show, Dutch first. Steps use the manual's own words. */
import { STEP } from '../lib/core/progress';
import { frameStrings } from './frame-strings';
import type { AttributionSource, Language, StepId } from '../lib/core/view';
import type { OrderStatus, PageKind } from '../lib/core/observation';
import type { CampaignSource } from '../lib/core/campaign';
import { en } from './strings-en';

const nl = {
  appName: 'Vinkje',
  collapse: 'Inklappen',
  expand: 'Vinkje openen',
  otherLanguage: 'English',
  institution: 'Instelling',
  chooseInstitution: 'Kies instelling',
  noInstitution: 'Nog geen instelling gezien',
  institutionUnknown: 'Deze pagina noemt geen instelling',
  whoseCart: 'Voor welke instelling is deze winkelwagen?',
  choose: 'Kies…',
  noInstitutionsYet: 'Vinkje kent je instellingen nog niet. Open Mijn account; wat je hier ziet, wordt bewaard en daarna aan de juiste instelling gekoppeld.',
  attribution: {
    page: 'genoemd op de pagina',
    'claimed-cart': 'uit de geclaimde winkelwagen',
    'only-institution': 'de enige instelling die Vinkje kent',
    chosen: 'door jou gekozen',
  } satisfies Record<AttributionSource, string>,
  deadline: (days: number, date: string) =>
    // The source follows in brackets, so the date itself is not put in brackets.
    days > 1 ? `Nog ${days} dagen tot de deadline: ${date}` : days === 1 ? `Nog 1 dag tot de deadline: ${date}` : days === 0 ? `Vandaag is de deadline: ${date}` : `De deadline is verstreken: ${date}`,
  notConfirmed: 'niet bevestigd',
  deadlineSource: {
    confirmed: 'volgens het stappenplan van SLBdiensten',
    page: 'zoals de shop het noemt',
    user: 'door jou ingevuld',
    estimate: 'geschat, niet bevestigd',
  } satisfies Record<CampaignSource, string>,
  deadlineConflict: (page: string, user: string) =>
    `De shop noemt ${page} als deadline, maar jij vulde ${user} in. Vinkje rekent met de datum van de shop tot je kiest. Welke klopt?`,
  keepShopDate: (page: string) => `${page} (de shop)`,
  keepMyDate: (user: string) => `${user} (mijn datum)`,
  possibleOrder: (number: string, date: string | null, status: string | null, institution: string) =>
    `Bestelling ${number}${date ? ` van ${date}` : ''}${status ? ` (${status})` : ''} is mogelijk de registratie voor ${institution}. ` +
    'Vinkje kan het niet zeker zeggen, want de lijst toont niet wat er besteld is. Is dit de bestelling van de Microsoft-registratie?',
  possibleOrderYes: 'Ja, dit is de registratie',
  possibleOrderNo: 'Nee, een andere bestelling',
  statusWords: { open: 'Open', approved: 'Goedgekeurd', completed: 'Afgehandeld' } satisfies Record<OrderStatus, string>,
  dismissNotice: 'Begrepen, verbergen',
  thisPage: 'Deze pagina',
  notRecognisedHelp: 'Vinkje herkent deze pagina niet. Je kunt de stappen hieronder zelf afvinken.',
  couldNotRead: (n: number) => (n === 1 ? 'Vinkje kon 1 ding op deze pagina niet lezen' : `Vinkje kon ${n} dingen op deze pagina niet lezen`),
  nextAction: 'Wat nu',
  steps: 'Stappen',
  manual: 'handmatig',
  backToAutomatic: 'Automatisch',
  confirmQuantities: 'Aantallen gecontroleerd',
  noReference: 'Geen referentie nodig',
  cartCheck: 'Controle winkelwagen',
  cartOk: 'Geen fouten gevonden in de aantallen.',
  cartOkSoFar: 'Geen fouten gevonden in wat Vinkje kon controleren; zie hieronder wat nog ontbreekt.',
  cartEmpty: 'De winkelwagen is leeg: er is niets te controleren.',
  cartUnread: 'Vinkje kon de regels van deze winkelwagen niet lezen en kan de aantallen dus niet controleren. Controleer ze zelf aan de hand van de regels, of vink stap 3 met de hand af.',
  errors: (n: number) => (n === 1 ? '1 fout' : `${n} fouten`),
  warnings: (n: number) => (n === 1 ? '1 waarschuwing' : `${n} waarschuwingen`),
  infos: (n: number) => (n === 1 ? '1 opmerking' : `${n} opmerkingen`),
  fix: 'Oplossing',
  manualStep: (step: number) => `Stappenplan van SLBdiensten, stap ${step}`,
  changes: 'Wijzigingen t.o.v. vorig jaar',
  product: 'Product',
  lastYear: 'Vorig jaar',
  now: 'Nu',
  total: 'Totaal',
  liveCheck: 'Controle terwijl je typt',
  snooze: 'Herinneringen 1 dag uitstellen',
  snoozedUntil: (when: string) => `Herinneringen uitgesteld tot ${when}.`,
  reloadNeeded: frameStrings.nl.reloadNeeded,
  unavailable: frameStrings.nl.unavailable,
  readingPage: frameStrings.nl.readingPage,
  help: {
    title: 'Hulp',
    version: (v: string) => `Vinkje versie ${v}`,
    manual: 'Stappenplan en handleiding van SLBdiensten',
    serviceDesk: 'Vragen over je bestelling of de registratie? De servicedesk van SLBdiensten:',
    independent: 'Vinkje is een onafhankelijk hulpmiddel en geen product van SLBdiensten.',
  },
  reportPage: 'Pagina melden',
  reportIntro: 'Vinkje kan deze pagina niet (helemaal) lezen. Hieronder staat hoe de pagina is opgebouwd, met namen, e-mailadressen, telefoonnummers, bedragen, aantallen en nummers vervangen. Lees het na; kopieer het of bewaar het als bestand en stuur het zelf naar wie Vinkje onderhoudt. Vinkje verstuurt niets.',
  reportLabel: 'Paginarapport',
  reportCopy: 'Kopiëren',
  reportSave: 'Opslaan als bestand',
  reportClose: 'Sluiten',
  reportCopied: 'Gekopieerd.',
  reportCopyFailed: 'Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf.',
  reportBuildFailed: 'Vinkje kon het rapport niet maken. Laad de pagina opnieuw en probeer het nog eens.',
  stepTitles: {
    [STEP.login]: 'Inloggen als 1e contactpersoon',
    [STEP.claimCart]: 'Winkelwagen ‘claimen’',
    [STEP.checkQuantities]: 'Aantallen controleren en aanpassen',
    [STEP.reference]: 'Referentie toevoegen (optioneel)',
    [STEP.placeOrder]: 'Bestelling plaatsen',
    [STEP.approve]: 'Bestelling goedkeuren',
    [STEP.complete]: 'Afgerond',
  } satisfies Record<StepId, string>,
  stateNames: { todo: 'te doen', done: 'gedaan', skipped: 'overgeslagen' },
  pageNames: {
    login: 'Inloggen',
    account: 'Mijn account',
    licenses: 'Licenties',
    renewals: 'Licenties verlengen',
    cart: 'Winkelwagen',
    quantity: 'Aantal wijzigen',
    'thank-you': 'Bedankpagina',
    'open-orders': 'Openstaande bestellingen',
    'order-history': 'Bestelhistorie',
    unknown: 'niet herkend',
  } satisfies Record<PageKind, string>,
};

export type Strings = typeof nl;

/** The texts in that language. */
export function strings(language: Language): Strings {
  return language === 'en' ? en : nl;
}

/** "vrijdag 11 december 2026" / "Friday 11 December 2026", in Amsterdam time. */
export function formatDate(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(epochMs);
}
