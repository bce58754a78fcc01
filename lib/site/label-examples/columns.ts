/** Examples for the table columns and order statuses (labels/columns.ts); see types.ts. */
import type { LabelExamples } from './types';

export const COLUMNS_EXAMPLES: Readonly<Record<string, LabelExamples>> = {

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
  // open-orders and order-history pages: what the order holds.
  'labels.COLUMNS.description[0]': {
    match: ['Omschrijving', 'Producten', 'Product', 'Artikelen', 'Inhoud', 'Licenties'],
    miss: ['Bestelnummer', 'Status', 'Productgroep', 'Inhoudsopgave'],
    groups: [['Producten', 'producten'], ['Omschrijving', 'omschrijving']],
  },
  // cart page: the column of line actions.
  'labels.COLUMNS.actions[0]': {
    match: ['Acties', 'Actie'],
    miss: ['Actieprijs', 'Actiecode'],
    groups: [['Acties', 'acties'], ['Actie', 'actie']],
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
};
