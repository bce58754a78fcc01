/** The popup's texts, Dutch first, in words an office manager uses. */
import type { Language } from '../../lib/core/view';

const nl = {
  title: 'Vinkje',
  licenceYear: (year: number) => `Microsoft-registratie licentiejaar ${year}`,
  notConfirmed: 'niet bevestigd',
  loading: 'Vinkje haalt je voortgang op…',
  unavailable: 'Vinkje kan je voortgang nu niet ophalen.',
  retry: 'Opnieuw proberen',
  welcome: 'Welkom bij Vinkje',
  whatItDoes: [
    'Vinkje helpt de 1e contactpersoon van een onderwijsinstelling bij de jaarlijkse registratie van de Microsoft-licenties in de webshop van SLBdiensten.',
    'Terwijl je in de webshop werkt, laat Vinkje rechts in beeld zien welke van de 7 stappen klaar zijn, wat je nu moet doen en of de aantallen in je winkelwagen kloppen.',
    'Vinkje onthoudt je voortgang per instelling en herinnert je op tijd aan de deadline. Alles blijft op deze computer.',
  ],
  startHint: 'Log in bij SLBdiensten om te beginnen.',
  openShop: 'Naar SLBdiensten (inloggen)',
  noSchoolYet: 'Vinkje heeft voor dit licentiejaar nog geen instelling gezien.',
  schools: 'Voortgang per instelling',
  customerNumber: (n: string) => `klantnummer ${n}`,
  progressName: (name: string) => `Voortgang ${name}`,
  steps: 'stappen',
  order: (n: string | null) => (n ? `Bestelling ${n}` : 'Bestelling'),
  status: 'Status',
  next: 'Wat nu',
  goOn: 'Verder in SLBdiensten',
  view: 'Bekijk in SLBdiensten',
  forSchool: (name: string) => ` voor ${name}`,
  reminders: 'Herinneringen',
  snooze: 'Herinneringen 1 dag uitstellen',
  snoozedUntil: (when: string) => `Herinneringen uitgesteld tot ${when}.`,
  remindersOff: 'Herinneringen staan uit. Je kunt ze aanzetten bij de instellingen.',
  settings: 'Instellingen',
  notTakingPart: 'Doet dit jaar niet mee',
  notTakingPartNote: 'Doet dit jaar niet mee: Vinkje herinnert je niet aan deze instelling.',
  takingPartAfterAll: 'Doet toch mee',
  remove: 'Verwijderen uit Vinkje…',
  removeQuestion: (name: string) => `${name} en de voortgang van dit licentiejaar uit Vinkje verwijderen? In de shop verandert niets.`,
  removeYes: 'Ja, verwijderen',
  cancel: 'Annuleren',
};

type PopupStrings = typeof nl;

const en: PopupStrings = {
  title: 'Vinkje',
  licenceYear: (year) => `Microsoft registration, licence year ${year}`,
  notConfirmed: 'not confirmed',
  loading: 'Vinkje is fetching your progress…',
  unavailable: 'Vinkje cannot fetch your progress right now.',
  retry: 'Try again',
  welcome: 'Welcome to Vinkje',
  whatItDoes: [
    'Vinkje helps an educational institution’s primary contact (1e contactpersoon) through the yearly registration of the Microsoft licences in the SLBdiensten web shop.',
    'While you work in the shop, Vinkje shows on the right which of the 7 steps are done, what to do now and whether the quantities in your cart add up.',
    'Vinkje remembers your progress per institution and reminds you of the deadline in time. Everything stays on this computer.',
  ],
  startHint: 'Log in at SLBdiensten to start.',
  openShop: 'Go to SLBdiensten (log in)',
  noSchoolYet: 'Vinkje has not seen an institution for this licence year yet.',
  schools: 'Progress per institution',
  customerNumber: (n) => `customer number ${n}`,
  progressName: (name) => `Progress ${name}`,
  steps: 'steps',
  order: (n) => (n ? `Order ${n}` : 'Order'),
  status: 'Status',
  next: 'Next',
  goOn: 'Continue in SLBdiensten',
  view: 'View in SLBdiensten',
  forSchool: (name) => ` for ${name}`,
  reminders: 'Reminders',
  snooze: 'Snooze reminders for 1 day',
  snoozedUntil: (when) => `Reminders snoozed until ${when}.`,
  remindersOff: 'Reminders are off. You can switch them on in the settings.',
  settings: 'Settings',
  notTakingPart: 'Not taking part this year',
  notTakingPartNote: 'Not taking part this year: Vinkje does not remind you about this institution.',
  takingPartAfterAll: 'Taking part after all',
  remove: 'Remove from Vinkje…',
  removeQuestion: (name) => `Remove ${name} and this licence year’s progress from Vinkje? Nothing changes in the shop.`,
  removeYes: 'Yes, remove',
  cancel: 'Cancel',
};

export function popupStrings(language: Language): PopupStrings {
  return language === 'en' ? en : nl;
}

/** Where the first-run button takes the person: the shop's login, back to the account afterwards. */
export const SHOP_LOGIN_URL = 'https://www.slbdiensten.nl/login/?redirect=%2Faccount%2F';
