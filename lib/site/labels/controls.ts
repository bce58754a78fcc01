/**
 * Buttons and links, by their visible text.
 * Part of the shop's words as data (lib/site/labels/README.md says how they are matched): when the
 * shop changes a word, the fix belongs in these files, nowhere else.
 */

// ---------------------------------------------------------------------------------------------
// Controls (buttons and links), matched on their whole visible text / value / aria-label.
// ---------------------------------------------------------------------------------------------

export const CONTROLS = {
  /** Every logged-in page: "Uitloggen". */
  logout: [/^(uitloggen|afmelden|log uit|log out)$/],
  /** Every logged-in page: the account menu ("Mijn account", an avatar button "Accountmenu J. de Vries"). */
  accountMenu: [/^(mijn account|mijn slbdiensten|account|accountmenu\b.*|gebruikersmenu\b.*)$/],
  /** login: the submit button "Inloggen". */
  login: [/^(inloggen|log in|aanmelden)$/],
  /** renewals: "Toevoegen aan winkelwagen" (claims the prepared cart). */
  claim: [/^(toevoegen aan (de |je |jouw |uw )?(winkelwagen|winkelmand)|in (de )?(winkelwagen|winkelmand)|claim(en)?( (de )?(winkelwagen|winkelmand))?|(winkelwagen|winkelmand) claimen|voeg toe aan (de |je |uw )?(winkelwagen|winkelmand))$/],
  /** renewals: "Bekijk order" (expands a prepared order). */
  viewOrder: [/^(bekijk|toon|open) (de )?(order|bestelling)\b/, /^(order|bestelling) (bekijken|tonen|openen)\b/],
  /** cart: "Plaats bestelling" / "Bestelling plaatsen". */
  placeOrder: [/^(plaats (je |jouw |de |uw )?bestelling|bestelling plaatsen|bestellen en afronden|bestelling afronden|definitief bestellen)$/],
  /** cart line actions: "Wijzigen", "Verwijderen". */
  changeLine: [/^(wijzigen|aanpassen|aantal wijzigen)\b/],
  removeLine: [/^(verwijderen|opzeggen)\b/],
  /** quantity: "Ga verder". */
  continue: [/^(ga verder|verder|doorgaan|opslaan|bevestigen|opslaan en verder|wijziging opslaan|aantal opslaan)$/],
  /** thank-you and open-orders: "Bestelling goedkeuren" / "Goedkeuren". */
  approve: [/^(?:de |nu )?(bestelling )?goedkeuren\b/],
  /** delete confirmation (kind unknown): "Opzeggen". */
  confirmDelete: [/^opzeggen$/],
  /** catalogue (kind unknown): "Bestellen" per product. */
  /** cart line actions: the action word a line's control starts with (group 1), as the observation names it. */
  lineAction: /^(wijzigen|verwijderen|aanpassen|opzeggen)\b/,
  orderProduct: [/^bestellen$/],
} as const;
