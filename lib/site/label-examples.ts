/**
 * Examples for every pattern in labels/ (lib/site/labels/*.ts): texts a shop page may show that the pattern must match,
 * and near misses it must not (the same word in another page's sense, a footer or promotion text).
 * Written as a person sees them (capitals, punctuation); label-examples.test.ts prepares each text
 * the way the readers do (normalised, as a label, case kept, or as a URL path) before testing.
 * A new pattern in labels/ needs a record here: the test fails without one.
 */

export interface LabelExamples {
  /** Texts the pattern must match. */
  match: string[];
  /** Near misses the pattern must not match. */
  miss: string[];
  /**
   * For a pattern with capture groups: texts and the first group that took part in the match, as the
   * pattern sees the text (lower case where it runs on normalised text).
   */
  groups?: Array<[text: string, group1: string]>;
}

export const LABEL_EXAMPLES: Readonly<Record<string, LabelExamples>> = {
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

  // ---------------------------------------------------------------------------------------------
  // Table header cells and card labels.
  // ---------------------------------------------------------------------------------------------

  // licenses, renewals and cart pages: the product column.
  'labels.COLUMNS.product[0]': {
    match: ['Product', 'Productnaam', 'Licentie', 'Licenties', 'Artikel', 'Omschrijving', 'Naam', 'Product ▲'],
    miss: ['Artikelnr.', 'Artikelnummer', 'Licentiejaar', 'Productgroep'],
    groups: [['Productnaam', 'productnaam'], ['Product ▲', 'product']],
  },
  // licenses, renewals and cart pages: the quantity column.
  'labels.COLUMNS.quantity[0]': {
    match: ['Aantal', 'Aantallen', 'Hoeveelheid', 'Aantal licenties', 'Aantal ▼'],
    miss: ['Prijs per stuk', 'Aantekeningen', 'Ingangsdatum'],
    groups: [['Aantal licenties', 'aantal'], ['Hoeveelheid', 'hoeveelheid']],
  },
  // licenses page: the start date column.
  'labels.COLUMNS.startDate[0]': {
    match: ['Ingangsdatum', 'Startdatum', 'Begindatum', 'Geldig vanaf'],
    miss: ['Einddatum', 'Datum', 'Besteldatum'],
    groups: [['Geldig vanaf', 'geldig vanaf'], ['Ingangsdatum', 'ingangsdatum']],
  },
  // licenses page: the end date column.
  'labels.COLUMNS.endDate[0]': {
    match: ['Einddatum', 'Geldig tot', 'Geldig tot en met'],
    miss: ['Ingangsdatum', 'Geldig vanaf', 'Periode'],
    groups: [['Geldig tot en met', 'geldig tot'], ['Einddatum', 'einddatum']],
  },
  // cart page: the unit price column.
  'labels.COLUMNS.unitPrice[0]': {
    match: ['Prijs', 'Prijs per stuk', 'Stuksprijs', 'Prijs (excl. btw)'],
    miss: ['Totaalprijs', 'Subtotaal (excl. btw)', 'Korting'],
    groups: [['Prijs per stuk', 'prijs'], ['Stuksprijs', 'stuksprijs']],
  },
  // cart page: the line total column.
  'labels.COLUMNS.lineTotal[0]': {
    match: ['Totaal', 'Subtotaal', 'Regeltotaal', 'Totaal (incl. btw)', 'Subtotaal (excl. btw)'],
    miss: ['Prijs per stuk', 'Aantal', 'Btw 21%'],
    groups: [['Subtotaal (excl. btw)', 'subtotaal'], ['Totaal', 'totaal']],
  },
  // open-orders and order-history pages: the order number column.
  'labels.COLUMNS.orderNumber[0]': {
    match: ['Bestelnummer', 'Bestelnr.', 'Ordernummer', 'Ordernr.', 'Order', 'Bestelling'],
    miss: ['Besteldatum', 'Orderdatum', 'Orderbedrag', 'Factuurnummer'],
    groups: [['Bestelnr.', 'bestelnr'], ['Ordernummer', 'ordernummer']],
  },
  // open-orders and order-history pages: the order date column.
  'labels.COLUMNS.date[0]': {
    match: ['Datum', 'Besteldatum', 'Besteld op', 'Orderdatum'],
    miss: ['Bestelnummer', 'Factuurdatum', 'Ingangsdatum'],
    groups: [['Besteld op', 'besteld op'], ['Orderdatum', 'orderdatum']],
  },
  // open-orders and order-history pages: the institution column.
  'labels.COLUMNS.institution[0]': {
    match: ['Onderwijsinstelling', 'Instelling', 'School', 'Organisatie'],
    miss: ['Instellingen', 'Schooljaar', 'Organisatienummer'],
    groups: [['Onderwijsinstelling', 'onderwijsinstelling'], ['School', 'school']],
  },
  // open-orders and order-history pages: the amount column.
  'labels.COLUMNS.amount[0]': {
    match: ['Bedrag', 'Totaalbedrag', 'Totaal', 'Orderbedrag', 'Bedrag (excl. btw)'],
    miss: ['Aantal', 'Btw 21%', 'Korting'],
    groups: [['Bedrag (excl. btw)', 'bedrag'], ['Totaalbedrag', 'totaalbedrag']],
  },
  // open-orders and order-history pages: the status column.
  'labels.COLUMNS.status[0]': {
    match: ['Status', 'Status ▲'],
    miss: ['Statusdatum', 'Bestelnummer'],
  },
  // cart page: the column of line actions.
  'labels.COLUMNS.actions[0]': {
    match: ['Acties', 'Actie'],
    miss: ['Actieprijs', 'Actiecode'],
    groups: [['Acties', 'acties'], ['Actie', 'actie']],
  },

  // ---------------------------------------------------------------------------------------------
  // Sentences and inline labels.
  // ---------------------------------------------------------------------------------------------

  // account page and every account menu: the renewals menu item with its count.
  'labels.TEXTS.renewalsCount': {
    match: ['Licenties verlengen', 'Licenties verlengen (3)', 'Licenties verlengen 3', 'Licenties verlengen ( 12 )'],
    miss: ['Licenties', 'Licenties verlengen en bestellen', 'Licenties verlengd (3)', 'Licenties verlengen 2027'],
    groups: [
      ['Licenties verlengen (3)', '3'],
      ['Licenties verlengen 2', '2'],
      ['Licenties verlengen (12)', '12'],
    ],
  },
  // account page: the role line (primary contact or colleague).
  'labels.TEXTS.roleLine': {
    match: [
      'Je bent 1e contactpersoon van: Het Baken College, ROC Rivierland, Lyceum Zuiderpark.',
      'U bent 1e contactpersoon van de volgende organisaties:',
      'Je bent contactpersoon van: Het Baken College. De 1e contactpersoon is J. de Vries.',
      'U bent de eerste contactpersoon van deze organisatie.',
      'Jij bent contactpersoon',
    ],
    miss: ['De 1e contactpersoon is J. de Vries.', 'Neem contact op met uw 1e contactpersoon.', 'Je bent geen contactpersoon van deze organisatie.'],
    groups: [
      ['Je bent 1e contactpersoon van: Het Baken College.', '1e '],
      ['U bent de eerste contactpersoon van deze organisatie.', 'eerste '],
    ],
  },
  // account page: where the role line's list of institutions starts.
  'labels.TEXTS.roleListStart': {
    match: [
      'Je bent 1e contactpersoon van: Het Baken College, ROC Rivierland.',
      'U bent 1e contactpersoon van de volgende organisaties:',
      'Je bent 1e contactpersoon voor 3 instellingen:',
      'Je bent contactpersoon van deze scholen:',
    ],
    miss: ['U bent de eerste contactpersoon van deze organisatie.', 'Je bent contactpersoon (geen 1e contactpersoon).', 'Je bent 1e contactpersoon.'],
  },
  // account page: the colleague's role line going on with who the primary contact is.
  'labels.TEXTS.roleListEnd': {
    match: ['Het Baken College. De 1e contactpersoon is J. de Vries.', 'Het Baken College. De eerste contactpersoon is J. de Vries.'],
    miss: ['Het Baken College, ROC Rivierland en Lyceum Zuiderpark.', 'Het Baken College. Neem contact op met de 1e contactpersoon.'],
  },
  // account page: between the institutions of the role line.
  'labels.TEXTS.roleListSeparator': {
    match: ['Het Baken College, ROC Rivierland', 'ROC Rivierland en Lyceum Zuiderpark', 'Het Baken College ,ROC Rivierland'],
    miss: ['Het Baken College', 'Lyceum Enschede', 'Groen College Zuid'],
  },
  // renewals page (flash) and account page: only the primary contact may claim.
  'labels.TEXTS.onlyPrimaryMay': {
    match: [
      'Alleen de 1e contactpersoon kan deze winkelwagen claimen.',
      'Alleen de eerste contactpersoon mag bestellingen goedkeuren.',
      'Alleen de 1e contactpersoon, J. de Vries, kan de jaarregistratie doen en bestellingen goedkeuren.',
    ],
    miss: ['Je bent 1e contactpersoon van: Het Baken College.', 'Neem contact op met uw 1e contactpersoon of met de servicedesk.'],
  },
  // account page: the greeting line.
  'labels.TEXTS.greeting': {
    match: ['Welkom, J. de Vries', 'Welkom terug, Jan', 'Welkom J. de Vries'],
    miss: ['Welkomstpakket bestellen', 'Bedankt en tot ziens'],
  },
  // renewals, cart and account pages: the registration's own words around a deadline sentence.
  'labels.TEXTS.deadlineContext': {
    match: [
      'Rond de registratie uiterlijk vrijdag 11 december 2026 af, zodat je licenties per 1-1-2027 vernieuwd zijn.',
      'Wij verzoeken u de jaarregistratie uiterlijk vrijdag 11 december 2026 af te ronden.',
      'Voor uw organisaties staan de winkelmanden voor licentiejaar 2027 klaar.',
      'Verleng je licenties uiterlijk 11 december 2026.',
    ],
    miss: [
      'Webinar Copilot in het onderwijs: meld je uiterlijk 30 november 2026 aan.',
      'Bestel uiterlijk 4 december 2026 Adobe Creative Cloud met 20% korting.',
      'Let op: plaats uw bestelling en keur deze uiterlijk vrijdag 11 december 2026 goed.',
    ],
  },
  // account, renewals and cart pages: a "uiterlijk" about a webinar or a promotion.
  'labels.TEXTS.notTheDeadline': {
    match: [
      'Webinar Copilot in het onderwijs: meld je uiterlijk 30 november 2026 aan.',
      'Meld u uiterlijk 25 november 2026 aan via de nieuwspagina.',
      'Bestel uiterlijk 4 december 2026 Adobe Creative Cloud met 20% korting.',
      'Aanbieding geldig tot uiterlijk 4 december 2026.',
    ],
    miss: [
      'Rond de registratie uiterlijk vrijdag 11 december 2026 af.',
      'Let op: plaats uw bestelling en keur deze uiterlijk vrijdag 11 december 2026 goed.',
      'Je licenties zijn actief tot 31 december 2026.',
    ],
  },
  // renewals page: the deadline in the registration sentence.
  'labels.TEXTS.deadline': {
    match: [
      'Rond de registratie uiterlijk vrijdag 11 december 2026 af.',
      'uiterlijk 11 december 2026',
      'Rond de registratie uiterlijk op vrijdag 11 december 2026 af.',
      'Rond de registratie uiterlijk op 11 december 2026 af.',
      'Bestel uiterlijk 11-12-2026.',
      'Rond de registratie uiterlijk vrijdag\u00a011\u00a0december\u00a02026 af.',
    ],
    miss: ['Bestel uiterlijk 4 december', 'Rond de registratie uiterlijk vrijdag af.', 'Rond de registratie zo snel mogelijk af.'],
  },
  // renewals page: the heading of a prepared order, before the institution's name.
  'labels.TEXTS.preparedOrderPrefix': {
    match: [
      'Verlenging licentiejaar 2027 – Het Baken College (klantnummer 100231)',
      'Verlenging 2027: ROC Rivierland',
      'Registratie licentiejaar 2027 - Lyceum Zuiderpark',
      'Verlenging licentiejaar 2027 — ROC Rivierland',
    ],
    miss: ['Verlenging van je licenties', 'Licentiejaar 2027 – Het Baken College', 'Registratie licentiejaar 2027 is geopend'],
  },
  // renewals page: the state of a prepared order that can no longer be claimed.
  'labels.TEXTS.preparedOrderDone': {
    match: ['Geclaimd', 'Besteld', 'Geclaimd door J. de Vries', 'Status: besteld op 3 november 2026'],
    miss: ['Bestelde licenties', 'Claimen', 'Nog te bestellen', 'Nog niet geclaimd', 'Niet besteld'],
    groups: [
      ['Geclaimd', 'geclaimd'],
      ['Besteld op 3 november 2026', 'besteld'],
    ],
  },
  // cart page: the empty cart.
  'labels.TEXTS.emptyCart': {
    match: [
      'Je winkelwagen is leeg.',
      'Uw winkelmand is nog leeg.',
      'De winkelwagen is leeg',
      'Er staan geen producten in je winkelwagen.',
      'Er zitten nog geen licenties in uw winkelmand.',
    ],
    miss: ['Je winkelwagen is bijgewerkt.', 'Winkelwagen legen', 'Er staan 3 producten in je winkelwagen.'],
  },
  // open-orders page: no orders to approve.
  'labels.TEXTS.noOpenOrders': {
    match: ['Er zijn geen openstaande bestellingen.', 'Je hebt geen openstaande bestellingen'],
    miss: ['Bekijk je openstaande bestellingen', 'Er zijn 2 openstaande bestellingen.'],
  },
  // order-history page: no orders.
  'labels.TEXTS.noOrders': {
    match: ['Je hebt nog geen bestellingen geplaatst.', 'Er zijn geen bestellingen gevonden.', 'Geen bestellingen'],
    miss: ['Er zijn geen openstaande bestellingen.', 'Je hebt 3 bestellingen geplaatst.'],
  },
  // thank-you page: the sentence with the order number.
  'labels.TEXTS.orderNumberIs': {
    match: ['Je bestelnummer is 204517.', 'Uw ordernummer is: 204517', 'Het bestelnummer is 204517'],
    miss: ['Bestelnummer: 204517', 'Zoek op bestelnummer', 'Vermeld je bestelnummer bij vragen.'],
  },
  // thank-you page: the order number, in the sentence or as a label.
  'labels.TEXTS.orderNumberSentence': {
    match: ['Je bestelnummer is 204517.', 'Bestelnummer: 204517', 'Ordernummer #204517', 'Uw ordernummer is: 204517'],
    miss: ['Zoek op bestelnummer', 'Bestelnummer: 12', 'Vermeld je bestelnummer bij vragen.'],
    groups: [
      ['Je bestelnummer is 204517.', '204517'],
      ['Bestelnummer: 204517', '204517'],
      ['Ordernummer #204517', '204517'],
      ['Je bestelnummer is\u00a0204517.', '204517'],
    ],
  },
  // thank-you page: the order still needs approval.
  'labels.TEXTS.needsApproval': {
    match: ['Je bestelling moet nog worden goedgekeurd door de 1e contactpersoon.', 'Deze bestelling moet nog goedgekeurd worden.'],
    miss: ['Je bestelling is goedgekeurd.', 'Bestelling 204517 is goedgekeurd.'],
  },
  // quantity page: the label of the quantity field.
  'labels.TEXTS.quantityQuestion': {
    match: [
      'Hoeveel licenties wil je bestellen?',
      'Hoeveel licenties wilt u bestellen?',
      'Hoeveel licenties wil jij hebben?',
      'Hoeveel licenties wilt u afnemen:',
    ],
    miss: ['Hoeveel licenties wil je verwijderen?', 'Hoeveel licenties heb je nu?'],
  },
  // quantity page: the hint under the field.
  'labels.TEXTS.quantityHint': {
    match: ['Vul het totaal in, niet het aantal extra.', 'Vul hier het totaal in', 'Nu in je winkelwagen: 1.996', 'Nu in winkelmand: 200'],
    miss: ['Vul je e-mailadres in', 'Het totaal van je bestelling', 'Microsoft 365 A3 medewerkers'],
  },
  // quantity page: the current quantity next to the field.
  'labels.TEXTS.quantityNow': {
    match: ['Nu in winkelwagen: 1.996', 'Nu in je winkelmand: 200', 'Huidig aantal: 1.996', 'Huidige hoeveelheid in winkelmand'],
    miss: ['Producten nu in je winkelwagen', 'Huidige licenties', 'Nieuw aantal'],
  },
  // licenses page: the future licences filter option.
  'labels.TEXTS.futureFilter': {
    match: ['Toekomstige licenties', 'Toon toekomstige licenties'],
    miss: ['Huidige licenties', 'Toekomstige bestellingen'],
  },
  // licenses page: the current licences filter option.
  'labels.TEXTS.currentFilter': {
    match: ['Huidige licenties', 'Toon huidige licenties'],
    miss: ['Toekomstige licenties', 'Huidige hoeveelheid'],
  },
  // delete confirmation page (left alone): the question.
  'labels.TEXTS.confirmDelete': {
    match: ['Weet je zeker dat je Microsoft 365 A5 medewerkers wilt opzeggen?', 'Weet je zeker dat je Visio Plan 2 uit je winkelmand wilt verwijderen?'],
    miss: ['Weet je niet zeker welke licenties je nodig hebt? Neem contact op.', 'Weet je welke licenties je hebt?'],
  },
  // login page: the message after a wrong password.
  'labels.TEXTS.knownMessages[0]': {
    match: ['Onjuist e-mailadres of wachtwoord.', 'Onjuist emailadres of wachtwoord'],
    miss: ['E-mailadres of wachtwoord vergeten?', 'Vul je e-mailadres en wachtwoord in.'],
  },
  // login page: the message after a wrong password, other word order.
  'labels.TEXTS.knownMessages[1]': {
    match: [
      'Het e-mailadres of wachtwoord is onjuist.',
      'Gebruikersnaam en wachtwoord zijn ongeldig.',
      'De combinatie van e-mailadres en wachtwoord is niet juist.',
    ],
    miss: ['E-mailadres en wachtwoord zijn verplicht.', 'Gebruikersnaam of wachtwoord vergeten?'],
  },
  // login page: the message after a failed login.
  'labels.TEXTS.knownMessages[2]': {
    match: ['Inloggen mislukt', 'Aanmelden is mislukt. Probeer het opnieuw.'],
    miss: ['Inloggen is gelukt', 'Aanmelden voor het webinar is gelukt'],
  },
  // renewals page: the refusal when a cart was already claimed.
  'labels.TEXTS.knownMessages[3]': {
    match: ['Je hebt al een winkelwagen geclaimd voor Het Baken College.', 'Je hebt al een winkelwagen geclaimd.'],
    miss: ['Je hebt nog geen winkelwagen geclaimd.', 'Je hebt de winkelwagen geclaimd.'],
  },
  // renewals page: the refusal for a colleague.
  'labels.TEXTS.knownMessages[4]': {
    match: ['Alleen de 1e contactpersoon kan deze winkelwagen claimen.', 'Alleen de eerste contactpersoon kan deze winkelmand claimen.'],
    miss: ['Neem contact op met uw 1e contactpersoon.', 'Je bent 1e contactpersoon van: Het Baken College.'],
  },
  // quantity page: the message after a quantity that is not a whole number.
  'labels.TEXTS.knownMessages[5]': {
    match: ['Vul een geheel aantal in.', 'Vul een geheel aantal van 0 of meer in.'],
    miss: ['Vul het aantal in.', 'Vul een geldig e-mailadres in.'],
  },
  // cart page: the message about required companion licences.
  'labels.TEXTS.knownMessages[6]': {
    match: [
      'Voor 4 extra Microsoft 365 A3 medewerkers zijn ook 4 extra Basispakket medewerkers nodig.',
      'Voor deze bestelling zijn ook 1.996 extra basispakketten nodig.',
    ],
    miss: ['Er zijn ook extra licenties beschikbaar.', 'Voor deze bestelling zijn ook 250 extra licenties besteld.'],
  },
  // open-orders page: the message after approving an order.
  'labels.TEXTS.knownMessages[7]': {
    match: ['Bestelling 204517 is goedgekeurd.', 'Bestelling 204517 is goedgekeurd door J. de Vries.'],
    miss: ['Bestelling 204517 is geplaatst.', 'Je bestelling is goedgekeurd.'],
  },

  // cart, thank-you and quantity pages, cards: the institution label.
  'labels.FIELD_LABELS.institution': {
    match: ['Onderwijsinstelling', 'Onderwijsinstelling:', 'Instelling', 'School', 'Organisatie *'],
    miss: ['Onderwijsinstelling wijzigen', 'Schooljaar', 'Instellingen'],
    groups: [['Onderwijsinstelling:', 'onderwijsinstelling'], ['Organisatie *', 'organisatie']],
  },
  // cart, renewals and account pages: the customer number label.
  'labels.FIELD_LABELS.customerNumber': {
    match: ['Klantnummer', 'Klantnummer:', 'Klantnr', 'Debiteurnummer'],
    miss: ['Klantnaam', 'Klantenservice', 'Klantnummer onbekend'],
    groups: [['Klantnummer:', 'klantnummer'], ['Debiteurnummer', 'debiteurnummer']],
  },
  // quantity page: the product label.
  'labels.FIELD_LABELS.product': {
    match: ['Product', 'Product:', 'Licentie', 'Productnaam'],
    miss: ['Producten', 'Licentiejaar', 'Productgroep'],
    groups: [['Product:', 'product'], ['Productnaam', 'productnaam']],
  },
  // cart page: the label of the invoice reference field.
  'labels.FIELD_LABELS.reference': {
    match: ['Referentie', 'Uw referentie', 'Je referentie', 'Referentie (optioneel)', 'Factuurreferentie', 'Referentie *'],
    miss: ['Referenties', 'Factuuradres', 'Referentie toevoegen'],
    groups: [['Referentie (optioneel)', 'referentie (optioneel)'], ['Uw referentie', 'uw referentie']],
  },
  // thank-you page: the order number as a label with its value under it.
  'labels.FIELD_LABELS.orderNumber': {
    match: ['Bestelnummer', 'Ordernummer:', 'Bestelnummer *'],
    miss: ['Bestelnummer 204517', 'Klantnummer', 'Bestelnummers'],
    groups: [['Bestelnummer:', 'bestelnummer'], ['Ordernummer', 'ordernummer']],
  },

  // renewals, cart, open-orders and order-history pages: the customer number after an institution's name.
  'labels.CUSTOMER_NUMBER_IN_TEXT': {
    match: [
      'Het Baken College (klantnummer 100231)',
      'ROC Rivierland (debiteurnummer: 100587)',
      'Lyceum Zuiderpark – klantnr. 100912',
      'Klantnummer: 100231',
    ],
    miss: ['Het Baken College', 'Klantnummer onbekend', 'Klantenservice: 030 123 4567'],
    groups: [
      ['Het Baken College (klantnummer 100231)', '100231'],
      ['ROC Rivierland (debiteurnummer: 100587)', '100587'],
      ['Lyceum Zuiderpark, klantnr. 100912', '100912'],
      ['Klantnr. 100231', '100231'],
    ],
  },

  // open-orders and order-history pages: the status of an order waiting for approval.
  'labels.STATUS_WORDS[0].pattern': {
    match: ['Open', 'Openstaand', 'Wacht op goedkeuring', 'Niet goedgekeurd'],
    miss: ['Goedgekeurd', 'Afgehandeld', 'Geopend'],
    groups: [
      ['Open', 'open'],
      ['Openstaand', 'openstaand'],
      ['Wacht op goedkeuring', 'wacht op goedkeuring'],
    ],
  },
  // open-orders and order-history pages: the status of an approved order.
  'labels.STATUS_WORDS[1].pattern': {
    match: ['Goedgekeurd', 'GOEDGEKEURD', 'Akkoord', 'Goedgekeurd op 3 november 2026'],
    miss: ['Niet goedgekeurd', 'Afgekeurd', 'Niet akkoord'],
    groups: [
      ['Goedgekeurd', 'goedgekeurd'],
      ['Akkoord', 'akkoord'],
    ],
  },
  // order-history page: the status of a completed order.
  'labels.STATUS_WORDS[2].pattern': {
    match: ['Afgehandeld', 'Verwerkt', 'Voltooid', 'Afgerond'],
    miss: ['Wordt verwerkt', 'In behandeling', 'Niet afgerond'],
    groups: [
      ['Afgehandeld', 'afgehandeld'],
      ['Verwerkt op 4 november 2026', 'verwerkt'],
    ],
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

  // ---------------------------------------------------------------------------------------------
  // Where a page names the institution it is about.
  // ---------------------------------------------------------------------------------------------

  // cart, thank-you and quantity pages, cards and the header: a label in front of the institution's name.
  'labels.INSTITUTION.label': {
    match: ['Onderwijsinstelling:', 'Organisatie', 'Actieve organisatie', 'Bestelling voor:', 'Namens', 'Klantnaam', 'Naam instelling', 'Debiteur'],
    miss: ['Klantnummer', 'Organisatie wijzigen', 'Naam contactpersoon', 'Bestelling'],
  },
  // cart and thank-you pages, cards: the label word and the name on one line without a colon.
  'labels.INSTITUTION.labelThenName': {
    match: ['Organisatie Het Baken College', 'Onderwijsinstelling ROC Rivierland', 'Klant Lyceum Zuiderpark', 'School De Meerwaarde'],
    miss: ['Organisatie', 'Organisatiewijziging doorgeven', 'Klantnummer 100231'],
    groups: [
      ['Organisatie Het Baken College', 'Het Baken College'],
      ['Onderwijsinstelling ROC Rivierland (klantnummer 100587)', 'ROC Rivierland (klantnummer 100587)'],
      ['School De Meerwaarde', 'De Meerwaarde'],
    ],
  },
  // cart and thank-you pages: "Bestelling voor X" and similar sentences.
  'labels.INSTITUTION.sentences[0]': {
    match: [
      'Bestelling voor ROC Rivierland',
      'U bestelt namens Lyceum Zuiderpark.',
      'Winkelwagen voor de onderwijsinstelling Lyceum Zuiderpark',
      'Registratie namens ROC Rivierland',
    ],
    miss: ['Bedankt voor je bestelling', 'Bestelling bekijken', 'Bestelhistorie'],
    groups: [
      ['Bestelling voor ROC Rivierland', 'ROC Rivierland'],
      // A name that starts with an article keeps it.
      ['Bestelling voor Het Baken College', 'Het Baken College'],
      ['Bestelling voor De Meerwaarde', 'De Meerwaarde'],
      ['U bestelt namens Lyceum Zuiderpark.', 'Lyceum Zuiderpark.'],
      ['Winkelwagen voor de onderwijsinstelling Lyceum Zuiderpark', 'Lyceum Zuiderpark'],
    ],
  },
  // cart and thank-you pages, the header: "namens X" in a sentence.
  'labels.INSTITUTION.sentences[1]': {
    match: [
      'Wij hebben uw bestelling namens Lyceum Zuiderpark in goede orde ontvangen.',
      'Je bestelt namens ROC Rivierland.',
      'Namens de organisatie ROC Rivierland',
    ],
    miss: ['Namenlijst downloaden', 'Bedankt voor je bestelling'],
    groups: [
      ['Je bestelt namens ROC Rivierland.', 'ROC Rivierland.'],
      ['Wij hebben uw bestelling namens Lyceum Zuiderpark in goede orde ontvangen.', 'Lyceum Zuiderpark in goede orde ontvangen.'],
      ['Namens de organisatie ROC Rivierland', 'ROC Rivierland'],
    ],
  },
  // every page's header: for whom the user is logged in.
  'labels.INSTITUTION.sentences[2]': {
    match: ['Ingelogd voor Het Baken College', 'Ingelogd bij ROC Rivierland', 'Je bent ingelogd namens Lyceum Zuiderpark.'],
    miss: ['Ingelogd als J. de Vries', 'Ingelogd blijven', 'Je bent niet ingelogd'],
    groups: [
      ['Ingelogd voor Het Baken College', 'Het Baken College'],
      ['Je bent ingelogd namens Lyceum Zuiderpark.', 'Lyceum Zuiderpark.'],
    ],
  },
  // every page's header: the user's name, then the institution.
  'labels.INSTITUTION.sentences[3]': {
    match: [
      'Ingelogd als J. de Vries · Het Baken College',
      'Ingelogd als J. de Vries (ROC Rivierland)',
      'Ingelogd als J. de Vries namens Lyceum Zuiderpark',
      'Ingelogd als J. de Vries | Het Baken College',
      'Ingelogd als J. de Vries - ROC Rivierland',
    ],
    miss: ['Ingelogd als J. de Vries', 'Ingelogd als Jan-Willem de Vries', 'Ingelogd voor Het Baken College'],
    groups: [
      ['Ingelogd als J. de Vries · Het Baken College', 'Het Baken College'],
      ['Ingelogd als J. de Vries (ROC Rivierland)', 'ROC Rivierland'],
      ['Ingelogd als J. de Vries namens Lyceum Zuiderpark', 'Lyceum Zuiderpark'],
      ['Ingelogd als J. de Vries, Het Baken College', 'Het Baken College'],
    ],
  },
  // every page: a line that may name an institution.
  'labels.INSTITUTION.mayName': {
    match: ['Onderwijsinstelling: Het Baken College', 'Ingelogd als J. de Vries', 'Bestelling voor ROC Rivierland', 'Klantnummer: 100231'],
    miss: ['Aantal: 1.996', 'Winkelwagen', 'Prijs per stuk'],
  },
  // every page: what a label or sentence may name that is not an institution.
  'labels.INSTITUTION.notAName': {
    match: ['SLBdiensten', 'Microsoft', 'uw', 'Deze organisatie', 'Je school', 'Alle scholen'],
    miss: ['Het Baken College', 'De Meerwaarde', 'ROC Rivierland'],
  },
  // cart, renewals, licenses, open-orders and order-history pages: the title going on with the institution.
  'labels.INSTITUTION.titleSuffix': {
    match: [
      'Winkelwagen – Het Baken College',
      'Winkelmand van ROC Rivierland',
      'Uw winkelmand: Lyceum Zuiderpark',
      'Bestelling voor Het Baken College',
      'Licenties verlengen – ROC Rivierland',
      'Openstaande bestellingen | Het Baken College',
    ],
    miss: ['Winkelwagen', 'Winkelwagen (3)', 'Licenties verlengen', 'Bestelling plaatsen'],
    groups: [
      ['Winkelwagen – Het Baken College', 'Het Baken College'],
      ['Winkelmand van ROC Rivierland', 'ROC Rivierland'],
      ['Licenties verlengen – ROC Rivierland', 'ROC Rivierland'],
      ['Bestelhistorie - Lyceum Zuiderpark', 'Lyceum Zuiderpark'],
    ],
  },
  // renewals and cart pages: an identifier after a name in a title or subtitle.
  'labels.INSTITUTION.identifier': {
    match: ['Het Baken College (klantnummer 100231)', 'ROC Rivierland (debiteurnummer 100587)', 'Lyceum Zuiderpark · BRIN 12AB', 'Relatienummer: 100231'],
    miss: ['Klantenservice', 'Brinkhorst College', 'Het Baken College'],
  },
  // renewals, cart and account pages: the customer number on a line of its own.
  'labels.INSTITUTION.customerNumberLine': {
    match: ['Klantnummer: 100231', 'Klantnr. 100231', 'Debiteurnummer 100587', 'Relatienummer: 100912'],
    miss: ['Het Baken College (klantnummer 100231)', 'Klantnummer: 12', 'Klantnummer: onbekend'],
    groups: [
      ['Klantnummer: 100231', '100231'],
      ['Klantnr. 100231', '100231'],
      ['Debiteurnr.: 100587', '100587'],
    ],
  },
  // every page's header: the label of the organisation switcher.
  'labels.INSTITUTION.switcher': {
    match: ['Kies een organisatie', 'Wissel van school', 'Actieve organisatie', 'Selecteer instelling', 'Klanten'],
    miss: ['Hoofdmenu', 'Zoeken', 'Klantenservice', 'Schooljaar'],
  },
  // every page's header: the arrow of the organisation menu button.
  'labels.INSTITUTION.menuArrow': {
    match: ['Het Baken College ▾', 'ROC Rivierland ▼', 'Lyceum Zuiderpark⌄'],
    miss: ['Het Baken College', '▾ Het Baken College'],
  },
  // every page: punctuation after a name taken from a sentence or label.
  'labels.INSTITUTION.trailingPunctuation': {
    match: ['Het Baken College.', 'ROC Rivierland, ', 'Lyceum Zuiderpark:'],
    miss: ['Het Baken College', 'ROC Rivierland (Tiel)'],
  },
  // renewals and cart pages: a BRIN after the institution's name.
  'labels.INSTITUTION.brin': {
    match: ['Het Baken College (BRIN 12AB)', 'ROC Rivierland, brinnummer 25LH00', 'Lyceum Zuiderpark (brincode: 12AB34)'],
    miss: ['Het Baken College', 'ROC Rivierland (klantnummer 100587)', 'Basisschool De Brinkhorst'],
  },
  // every page: the label of a breadcrumb trail.
  'labels.INSTITUTION.breadcrumb': {
    match: ['Kruimelpad', 'Breadcrumb', 'Breadcrumbs', 'U bent hier:', 'Je bent hier', 'Navigatiepad'],
    miss: ['Hoofdmenu', 'Paginering', 'Footer'],
  },
  // every page: breadcrumb entries that are the shop's own pages.
  'labels.INSTITUTION.shopPages': {
    match: ['Home', 'Mijn account', 'Winkelwagen', 'Licenties', 'Microsoft', 'Overige software'],
    miss: ['Het Baken College', 'ROC Rivierland', 'Microsoft 365 A3 medewerkers'],
  },
  // renewals, cart and account pages: a city in brackets after the institution's name.
  'labels.INSTITUTION.placeInBrackets': {
    match: ['Het Baken College (Almere)', 'ROC Rivierland (Tiel) ', 'Lyceum Zuiderpark (Den Haag)'],
    miss: ['Het Baken College (100231)', 'Het Baken College (Almere) locatie Noord', 'Het Baken College'],
  },
};
