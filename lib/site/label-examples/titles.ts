/** Examples for the page titles and URL path hints (labels/titles.ts); see types.ts. */
import type { LabelExamples } from './types';

export const TITLES_EXAMPLES: Readonly<Record<string, LabelExamples>> = {
  // ---------------------------------------------------------------------------------------------
  // Page titles (the page's main heading).
  // ---------------------------------------------------------------------------------------------

  // login page: the heading above the login form.
  'labels.TITLES.login[0]': {
    match: ['Inloggen', 'Log in', 'Aanmelden', 'Inloggen bij SLBdiensten'],
    miss: ['Uitloggen', 'Inloggegevens kwijt?', 'Nog geen account?'],
    groups: [['Inloggen', 'inloggen'], ['Log in', 'log in']],
  },
  // account page: the dashboard heading.
  'labels.TITLES.account[0]': {
    match: ['Mijn account', 'Mijn SLBdiensten', 'Dashboard', 'Mijn overzicht'],
    miss: ['Mijn gegevens', 'Account aanmaken', 'Mijn account verwijderen'],
    groups: [['Mijn account', 'mijn account'], ['Dashboard', 'dashboard']],
  },
  // account page: a greeting as the heading.
  'labels.TITLES.account[1]': {
    match: ['Welkom terug', 'Welkom terug, J. de Vries!'],
    miss: ['Welkom bij SLBdiensten', 'Welkom', 'Welkomstpakket'],
  },
  // account page: a greeting with the user's name as the heading.
  'labels.TITLES.account[2]': {
    match: ['Welkom, J. de Vries', 'Welkom, Jan'],
    miss: ['Welkom bij SLBdiensten', 'Welkom terug'],
  },
  // licenses page: the title of the licence list (not the renewals page).
  'labels.TITLES.licenses[0]': {
    match: ['Licenties', 'Mijn licenties', 'Je licenties', 'Jouw licenties'],
    miss: ['Licenties verlengen', 'Licenties bestellen', 'Andere licentie van Microsoft bestellen'],
    groups: [['Mijn licenties', 'mijn '], ['Jouw licenties', 'jouw ']],
  },
  // licenses page: an overview title.
  'labels.TITLES.licenses[1]': {
    match: ['Licentieoverzicht', 'LICENTIEOVERZICHT'],
    miss: ['Licentieoverzicht downloaden', 'Licentieoverzichten'],
  },
  // licenses page: the title naming the chosen filter.
  'labels.TITLES.licenses[2]': {
    match: ['Huidige licenties', 'Toekomstige licenties'],
    miss: ['Huidige licenties verlengen', 'Toekomstige licenties bestellen', 'Huidig aantal'],
    groups: [['Huidige licenties', 'huidige'], ['Toekomstige licenties', 'toekomstige']],
  },
  // renewals page: the title.
  'labels.TITLES.renewals[0]': {
    match: ['Licenties verlengen', 'Licenties verlengen 2027', 'Licenties verlengen – Het Baken College'],
    miss: ['Licenties', 'Licenties verlengd', 'Mijn licenties'],
  },
  // renewals page: the title in other words.
  'labels.TITLES.renewals[1]': {
    match: ['Verlengen van licenties', 'VERLENGEN VAN LICENTIES'],
    miss: ['Verlengen van licenties mislukt', 'Verlengen van je abonnement'],
  },
  // cart page: the title.
  'labels.TITLES.cart[0]': {
    match: ['Winkelwagen', 'Uw winkelmand', 'Je winkelwagen (3)', 'Winkelwagentje', 'Mijn winkelmand', 'Winkelwagen – Het Baken College'],
    miss: ['Toevoegen aan winkelwagen', 'Product uit winkelmand verwijderen', 'Naar de winkelwagen'],
    groups: [['Uw winkelmand', 'uw '], ['Winkelwagen', 'winkelwagen'], ['Winkelwagentje', 'winkelwagentje']],
  },
  // quantity page: the title of the form that changes a cart line.
  'labels.TITLES.quantity[0]': {
    match: ['Aantal wijzigen', 'Hoeveelheid wijzigen', 'Aantal licenties aanpassen', 'Aantal wijzigen: Microsoft 365 A3 medewerkers'],
    miss: ['Aantal licenties', 'Wijzigingen opslaan', 'Aantal'],
    groups: [['Aantal wijzigen', 'aantal'], ['Aantal licenties aanpassen', 'aantal licenties']],
  },
  // quantity page: the title of the form that adds a product.
  'labels.TITLES.quantity[1]': {
    match: ['Product toevoegen', 'Licentie toevoegen'],
    miss: ['Product uit winkelmand verwijderen', 'Toevoegen aan winkelwagen', 'Productinformatie'],
    groups: [['Product toevoegen', 'product'], ['Licentie toevoegen', 'licentie']],
  },
  // quantity page: the question as the title.
  'labels.TITLES.quantity[2]': {
    match: ['Hoeveel licenties wil je bestellen?', 'Hoeveel licenties wilt u bestellen?', 'Hoeveel licenties wil jij hebben?'],
    miss: ['Hoeveel kost een licentie?', 'Hoeveel licenties heb je?'],
    groups: [['Hoeveel licenties wilt u bestellen?', 'wilt u'], ['Hoeveel licenties wil je bestellen?', 'wil je']],
  },
  // thank-you page: the title after placing an order.
  'labels.TITLES.thank-you[0]': {
    match: ['Bedankt', 'Bedankt voor je bestelling', 'Bedankt!'],
    miss: ['Bedankbrief', 'Wij danken u'],
  },
  // thank-you page: the title in formal and informal words.
  'labels.TITLES.thank-you[1]': {
    match: ['Hartelijk dank voor uw bestelling', 'Dank je wel voor je bestelling!', 'Dank u voor uw bestelling', 'Dank voor jouw bestelling'],
    miss: ['Dank voor je bericht', 'Hartelijk dank voor uw aanmelding'],
    groups: [
      ['Hartelijk dank voor uw bestelling', 'hartelijk '],
      ['Dank je wel voor je bestelling!', 'je '],
      ['Dank voor jouw bestelling', 'jouw'],
    ],
  },
  // thank-you page: the title saying the order went through.
  'labels.TITLES.thank-you[2]': {
    match: ['Je bestelling is geplaatst', 'Uw bestelling is ontvangen', 'Bestelling is gelukt!'],
    miss: ['Je bestelling is goedgekeurd', 'Je bestelling is geannuleerd', 'Je bestelling is nog niet geplaatst'],
    groups: [['Je bestelling is geplaatst', 'je '], ['Bestelling is gelukt!', 'gelukt']],
  },
  // thank-you page: the title as a short confirmation.
  'labels.TITLES.thank-you[3]': {
    match: ['Bestelling geplaatst', 'Bestelling ontvangen!', 'Bestelling bevestigd'],
    miss: ['Bestelling plaatsen', 'Bestelling bekijken', 'Bestelling geannuleerd'],
    groups: [['Bestelling geplaatst', 'geplaatst'], ['Bestelling bevestigd', 'bevestigd']],
  },
  // open-orders page: the title.
  'labels.TITLES.open-orders[0]': {
    match: ['Openstaande bestellingen', 'Openstaande bestellingen (2)'],
    miss: ['Openstaande facturen', 'Geen openstaande bestellingen'],
  },
  // open-orders page: the title as a task.
  'labels.TITLES.open-orders[1]': {
    match: ['Bestellingen goedkeuren', 'Bestellingen goedkeuren – Het Baken College'],
    miss: ['Bestelling goedkeuren', 'Goedgekeurde bestellingen'],
  },
  // open-orders page: the title naming the orders to approve.
  'labels.TITLES.open-orders[2]': {
    match: ['Goed te keuren bestellingen', 'Te keuren bestellingen', 'Nog te keuren bestellingen'],
    miss: ['Goedgekeurde bestellingen', 'Te keuren facturen'],
    groups: [['Nog te keuren bestellingen', 'nog '], ['Goed te keuren bestellingen', 'goed te keuren']],
  },
  // open-orders page: the title naming the orders to approve, other word order.
  'labels.TITLES.open-orders[3]': {
    match: ['Bestellingen om goed te keuren', 'Bestellingen goed te keuren'],
    miss: ['Bestellingen goedgekeurd', 'Bestellingen om te bekijken'],
    groups: [['Bestellingen om goed te keuren', 'om ']],
  },
  // order-history page: the title.
  'labels.TITLES.order-history[0]': {
    match: ['Bestelhistorie', 'Bestelgeschiedenis', 'Besteloverzicht', 'Orderhistorie', 'Ordergeschiedenis'],
    miss: ['Bestellen', 'Bestelling plaatsen', 'Openstaande bestellingen'],
    groups: [['Bestelhistorie', 'bestelhistorie'], ['Orderhistorie', 'orderhistorie']],
  },
  // order-history page: the title as a plain list of orders (the account page's "Recente bestellingen" is a section).
  'labels.TITLES.order-history[1]': {
    match: ['Mijn bestellingen', 'Bestellingen', 'Je bestellingen'],
    miss: ['Openstaande bestellingen', 'Bestellingen goedkeuren', 'Recente bestellingen'],
    groups: [['Mijn bestellingen', 'mijn '], ['Je bestellingen', 'je ']],
  },
  // delete confirmation page (left alone): the title.
  'labels.TITLES.unknown[0]': {
    match: ['Licentie verwijderen', 'Licentie opzeggen'],
    miss: ['Licentie toevoegen', 'Licenties verlengen'],
    groups: [['Licentie verwijderen', 'verwijderen'], ['Licentie opzeggen', 'opzeggen']],
  },
  // catalogue page (left alone): the title.
  'labels.TITLES.unknown[1]': {
    match: ['Andere licentie van Microsoft bestellen', 'Andere licentie bestellen'],
    miss: ['Licentie bestellen', 'Anderen uitnodigen'],
  },
  // not-found page (left alone): the title.
  'labels.TITLES.unknown[2]': {
    match: ['Pagina niet gevonden', 'Niet gevonden', 'Pagina niet gevonden (404)'],
    miss: ['Geen resultaten gevonden', 'Pagina niet beschikbaar'],
    groups: [['Pagina niet gevonden', 'pagina ']],
  },
  // not-found page (left alone): the error code as the title.
  'labels.TITLES.unknown[3]': {
    match: ['404', '404 – Pagina niet gevonden'],
    miss: ['Bestelnummer 404517', '4040'],
  },
  // password reset page (left alone): the title.
  'labels.TITLES.unknown[4]': {
    match: ['Wachtwoord vergeten', 'Wachtwoord vergeten?', 'Wachtwoord herstellen'],
    miss: ['Wachtwoord', 'Nieuw wachtwoord'],
    groups: [['Wachtwoord vergeten', 'vergeten'], ['Wachtwoord herstellen', 'herstellen']],
  },
  // profile page (left alone): the title.
  'labels.TITLES.unknown[5]': {
    match: ['Mijn gegevens', 'Mijn gegevens wijzigen'],
    miss: ['Mijn account', 'Gegevens van de instelling'],
  },

  // login page: its address.
  'labels.PATH_HINTS[0].pattern': {
    match: ['https://www.slbdiensten.nl/login', 'https://www.slbdiensten.nl/account/inloggen?redirect=/account/'],
    miss: ['https://www.slbdiensten.nl/uitloggen', 'https://www.slbdiensten.nl/account/'],
  },
  // account page: its address.
  'labels.PATH_HINTS[1].pattern': {
    match: ['https://www.slbdiensten.nl/account', 'https://www.slbdiensten.nl/account/', 'https://www.slbdiensten.nl/Account/?tab=rol'],
    miss: ['https://www.slbdiensten.nl/account/licenties', 'https://www.slbdiensten.nl/account/licenties-verlengen'],
  },
  // licenses page: its address.
  'labels.PATH_HINTS[2].pattern': {
    match: ['https://www.slbdiensten.nl/account/licenties', 'https://www.slbdiensten.nl/account/licenties/?filter=toekomstig'],
    miss: ['https://www.slbdiensten.nl/account/licenties-verlengen', 'https://www.slbdiensten.nl/licenties'],
  },
  // renewals page: its address.
  'labels.PATH_HINTS[3].pattern': {
    match: ['https://www.slbdiensten.nl/account/licenties-verlengen', 'https://www.slbdiensten.nl/account/licenties-verlengen/2027'],
    miss: ['https://www.slbdiensten.nl/account/licenties', 'https://www.slbdiensten.nl/nieuws/licenties-verlengd'],
  },
  // cart page: its address.
  'labels.PATH_HINTS[4].pattern': {
    match: ['https://www.slbdiensten.nl/winkelwagen', 'https://www.slbdiensten.nl/checkout/cart/', 'https://www.slbdiensten.nl/basket'],
    miss: ['https://www.slbdiensten.nl/account/bestelhistorie', 'https://www.slbdiensten.nl/cartridges'],
    groups: [['https://www.slbdiensten.nl/winkelwagen', 'winkelwagen'], ['https://www.slbdiensten.nl/checkout/cart/', 'cart']],
  },
  // thank-you page: its address.
  'labels.PATH_HINTS[5].pattern': {
    match: [
      'https://www.slbdiensten.nl/bedankt',
      'https://www.slbdiensten.nl/checkout/thank-you',
      'https://www.slbdiensten.nl/thankyou',
      'https://www.slbdiensten.nl/bestelling/bevestiging',
    ],
    miss: ['https://www.slbdiensten.nl/winkelwagen', 'https://www.slbdiensten.nl/account/bevestigingen'],
    groups: [
      ['https://www.slbdiensten.nl/checkout/thank-you', 'thank-you'],
      ['https://www.slbdiensten.nl/bestelling/bevestiging', 'bevestiging'],
    ],
  },
  // open-orders page: its address.
  'labels.PATH_HINTS[6].pattern': {
    match: ['https://www.slbdiensten.nl/account/openstaande-bestellingen', 'https://www.slbdiensten.nl/open-orders'],
    miss: ['https://www.slbdiensten.nl/account/bestelhistorie', 'https://www.slbdiensten.nl/openingstijden'],
  },
  // order-history page: its address.
  'labels.PATH_HINTS[7].pattern': {
    match: [
      'https://www.slbdiensten.nl/account/bestelhistorie',
      'https://www.slbdiensten.nl/account/orders',
      'https://www.slbdiensten.nl/account/bestellingen',
      'https://www.slbdiensten.nl/account/bestelgeschiedenis',
    ],
    miss: ['https://www.slbdiensten.nl/account/bestellen', 'https://www.slbdiensten.nl/account/licenties'],
    groups: [
      ['https://www.slbdiensten.nl/account/orders', 'orders'],
      ['https://www.slbdiensten.nl/account/bestelhistorie', 'bestelhistorie'],
    ],
  },
};
