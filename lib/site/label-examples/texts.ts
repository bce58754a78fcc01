/** Examples for the sentences, inline labels and customer numbers (labels/texts.ts); see types.ts. */
import type { LabelExamples } from './types';

export const TEXTS_EXAMPLES: Readonly<Record<string, LabelExamples>> = {

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
      'De registratie loopt van 12 november 2026 t/m 11 december 2026.',
      'Registreren kan tot en met vrijdag 11 december 2026.',
      'Rond de registratie uiterlijk vrijdag\u00a011\u00a0december\u00a02026 af.',
    ],
    miss: ['Bestel uiterlijk 4 december', 'Registratie 2027: licenties geldig t/m 31-12-2027.', 'Actie t/m 11 december 2026.', 'Rond de registratie uiterlijk vrijdag af.', 'Rond de registratie zo snel mogelijk af.'],
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
  'labels.TEXTS.preparedOrderOrdered': {
    match: ['Besteld', 'Status: besteld op 3 november 2026'],
    miss: ['Geclaimd', 'Bestelde licenties', 'Nog niet besteld', 'Niet besteld', 'Geclaimd door J. de Vries'],
  },
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
  'labels.TEXTS.renewalOrder': {
    match: ['Verlenging Microsoft-licenties 2027', 'Jaarregistratie Microsoft 2027', 'Licenties verlengen 2027', 'Microsoft-registratie 2027', 'Jaarlijkse registratie'],
    miss: ['Adobe Creative Cloud All Apps', 'Microsoft 365 A3 medewerkers', 'Registratienummer 12345', 'Verlengsnoer'],
  },
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
    match: ['Bestelling 204517 is goedgekeurd.', 'Bestelling 204517 is goedgekeurd door J. de Vries.', 'Order 204517 is succesvol goedgekeurd.', 'Je bestelling is goedgekeurd.'],
    miss: ['Bestelling 204517 is geplaatst.', 'Je bestelling is nog niet goedgekeurd.'],
  },
  // open-orders page: the approval message without a number.
  'labels.TEXTS.approvedWithoutNumber': {
    match: ['Je bestelling is goedgekeurd.', 'De order is succesvol goedgekeurd.', 'Uw bestelling werd met succes goedgekeurd.'],
    miss: ['Je bestelling is nog niet goedgekeurd.', 'Je bestelling is geplaatst.', 'Bestelling 204517 is goedgekeurd.', 'De bestelling is niet goedgekeurd.'],
  },
  // any page's message after approving: which order was approved.
  'labels.TEXTS.approvedMessage': {
    match: [
      'Bestelling 204517 is goedgekeurd.',
      'Bestelling #204517 is goedgekeurd door J. de Vries.',
      'Order 204517 is succesvol goedgekeurd.',
      'De bestelling met nummer 204517 is goedgekeurd.',
      'Bestelling 204517 werd met succes goedgekeurd.',
    ],
    miss: ['Bestelling 204517 is geplaatst.', 'Je bestelling is goedgekeurd.', 'Bestelling 204517 is nog niet goedgekeurd.', 'Order 204517 is niet goedgekeurd.'],
    groups: [
      ['Bestelling 204517 is goedgekeurd.', '204517'],
      ['De bestelling met nummer 204517 is goedgekeurd.', '204517'],
    ],
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
};
