/** Examples for the where a page names its institution (labels/institution.ts); see types.ts. */
import type { LabelExamples } from './types';

export const INSTITUTION_EXAMPLES: Readonly<Record<string, LabelExamples>> = {

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
