/** Examples for the buttons and links (labels/controls.ts); see types.ts. */
import type { LabelExamples } from './types';

export const CONTROLS_EXAMPLES: Readonly<Record<string, LabelExamples>> = {

  // ---------------------------------------------------------------------------------------------
  // Controls (buttons and links, their whole text).
  // ---------------------------------------------------------------------------------------------

  // every logged-in page: the log-out link in the header or account menu.
  'labels.CONTROLS.logout[0]': {
    match: ['Uitloggen', 'Afmelden', 'Log uit', 'Log out'],
    miss: ['Inloggen', 'Afmelden voor de nieuwsbrief', 'Uitloggen en opnieuw inloggen', 'Uitschrijven'],
    groups: [['Uitloggen', 'uitloggen'], ['Log uit', 'log uit']],
  },
  // every logged-in page: the account menu button in the header.
  'labels.CONTROLS.accountMenu[0]': {
    match: ['Mijn account', 'Account', 'Accountmenu J. de Vries', 'Gebruikersmenu', 'Mijn SLBdiensten'],
    miss: ['Account aanmaken', 'Accountgegevens', 'Mijn accountgegevens'],
    groups: [['Accountmenu J. de Vries', 'accountmenu j. de vries'], ['Mijn account', 'mijn account']],
  },
  // login page: the submit button of the form.
  'labels.CONTROLS.login[0]': {
    match: ['Inloggen', 'Log in', 'Aanmelden'],
    miss: ['Uitloggen', 'Inloggegevens vergeten?', 'Aanmelden voor de nieuwsbrief'],
    groups: [['Inloggen', 'inloggen'], ['Aanmelden', 'aanmelden']],
  },
  // renewals page: the button that claims a prepared cart.
  'labels.CONTROLS.claim[0]': {
    match: [
      'Toevoegen aan winkelwagen',
      'Toevoegen aan je winkelmand',
      'Toevoegen aan uw winkelwagen',
      'In winkelwagen',
      'In de winkelmand',
      'Claimen',
      'Claim winkelwagen',
      'Winkelwagen claimen',
    ],
    miss: ['Naar winkelwagen', 'Winkelwagen (8)', 'Toevoegen', 'Bekijk winkelwagen'],
    groups: [['Toevoegen aan je winkelmand', 'toevoegen aan je winkelmand'], ['Claimen', 'claimen']],
  },
  // renewals page: the expander of a prepared order.
  'labels.CONTROLS.viewOrder[0]': {
    match: ['Bekijk order', 'Toon bestelling', 'Bekijk de bestelling', 'Open order'],
    miss: ['Bekijk winkelwagen', 'Open orders', 'Open bestellingen'],
    groups: [['Bekijk order', 'bekijk'], ['Toon bestelling', 'toon']],
  },
  // renewals page: the expander of a prepared order, other word order.
  'labels.CONTROLS.viewOrder[1]': {
    match: ['Order bekijken', 'Bestelling bekijken', 'Bestelling tonen'],
    miss: ['Bestelling plaatsen', 'Bestelling goedkeuren', 'Orders bekijken'],
    groups: [['Order bekijken', 'order'], ['Bestelling tonen', 'bestelling']],
  },
  // cart page: the button that places the order.
  'labels.CONTROLS.placeOrder[0]': {
    match: [
      'Plaats bestelling',
      'Bestelling plaatsen',
      'Plaats je bestelling',
      'Plaats uw bestelling',
      'Bestelling afronden',
      'Bestellen en afronden',
      'Definitief bestellen',
    ],
    miss: ['Bestelling bekijken', 'Bestellen', 'Verder winkelen', 'Plaats in winkelwagen'],
    groups: [['Plaats uw bestelling', 'plaats uw bestelling'], ['Definitief bestellen', 'definitief bestellen']],
  },
  // cart page: the action of a cart line that opens the quantity form.
  'labels.CONTROLS.changeLine[0]': {
    match: ['Wijzigen', 'Aanpassen', 'Aantal wijzigen', 'Wijzigen Microsoft 365 A3 medewerkers'],
    miss: ['Wijziging opslaan', 'Wachtwoord wijzigen', 'Wijzigingen'],
    groups: [['Wijzigen', 'wijzigen'], ['Aantal wijzigen', 'aantal wijzigen']],
  },
  // cart page: the action of a cart line that removes it.
  'labels.CONTROLS.removeLine[0]': {
    match: ['Verwijderen', 'Opzeggen', 'Verwijderen uit winkelwagen'],
    miss: ['Alles verwijderen', 'Verwijderd', 'Niet opzeggen'],
    groups: [['Verwijderen uit winkelwagen', 'verwijderen'], ['Opzeggen', 'opzeggen']],
  },
  // cart page: the action word a line's control starts with, as the observation names the action.
  'labels.CONTROLS.lineAction': {
    match: ['Wijzigen', 'Verwijderen uit winkelwagen', 'Aanpassen', 'Opzeggen'],
    miss: ['Aantal wijzigen', 'Wijzigingen opslaan', 'Alles verwijderen'],
    groups: [['Wijzigen', 'wijzigen'], ['Verwijderen uit winkelwagen', 'verwijderen']],
  },
  // quantity page: the button that saves the quantity.
  'labels.CONTROLS.continue[0]': {
    match: ['Ga verder', 'Verder', 'Opslaan', 'Bevestigen', 'Opslaan en verder', 'Wijziging opslaan', 'Aantal opslaan'],
    miss: ['Verder winkelen', 'Ga verder met winkelen', 'Annuleren'],
    groups: [['Ga verder', 'ga verder'], ['Opslaan en verder', 'opslaan en verder']],
  },
  // open-orders and thank-you pages: the button that approves an order.
  'labels.CONTROLS.approve[0]': {
    match: ['Goedkeuren', 'Bestelling goedkeuren'],
    miss: ['Goedgekeurd', 'Afkeuren', 'Bestellingen goedkeuren'],
    groups: [['Bestelling goedkeuren', 'bestelling ']],
  },
  // delete confirmation page (left alone): the confirming button.
  'labels.CONTROLS.confirmDelete[0]': {
    match: ['Opzeggen', 'OPZEGGEN'],
    miss: ['Niet opzeggen', 'Opzeggen annuleren'],
  },
  // catalogue page (left alone): the button per product.
  'labels.CONTROLS.orderProduct[0]': {
    match: ['Bestellen', 'BESTELLEN'],
    miss: ['Bestelling plaatsen', 'Bestellen en afronden', 'Bestelhistorie'],
  },
};
