// @ts-check
/** The account dashboard ("Mijn account") and "Mijn gegevens". */
import { html } from './html.mjs';
import { renderPage } from './layout.mjs';
import { PATHS } from './paths.mjs';
import { accountOf, institutionsOf, isPrimaryContact } from '../state.mjs';

/** @typedef {import('./layout.mjs').PageContext} PageContext */
/** @typedef {import('../state.mjs').Account} Account */

/**
 * "Je bent 1e contactpersoon van: …" and, where someone else is the 1e contactpersoon,
 * "Je bent contactpersoon van: … De 1e contactpersoon is …".
 * @param {PageContext} context @param {Account} user
 * @returns {string[]}
 */
function roleLines(context, user) {
  const mine = institutionsOf(context.state, user.email);
  const primary = mine.filter((institution) => isPrimaryContact(institution, user.email));
  /** @type {Map<string, string[]>} names by the 1e contactpersoon's name */
  const byPrimary = new Map();
  for (const institution of mine) {
    if (isPrimaryContact(institution, user.email)) continue;
    const primaryName = accountOf(context.state, institution.primaryContact)?.name ?? institution.primaryContact;
    byPrimary.set(primaryName, [...(byPrimary.get(primaryName) ?? []), institution.name]);
  }
  const lines = [];
  if (primary.length > 0) lines.push(`Je bent 1e contactpersoon van: ${primary.map((institution) => institution.name).join(', ')}.`);
  for (const [primaryName, names] of byPrimary) {
    lines.push(`Je bent contactpersoon van: ${names.join(', ')}. De 1e contactpersoon is ${primaryName}.`);
  }
  return lines;
}

/** @param {PageContext} context @param {Account} user */
export function accountPage(context, user) {
  return renderPage(context, {
    title: 'Mijn account',
    crumbs: [{ label: 'Mijn account' }],
    accountMenu: 'dashboard',
    body: html`<h1>Mijn account</h1>
        <p class="greeting">Welkom, ${user.name}</p>${roleLines(context, user).map(
          (line) => html`
        <p class="role-line">${line}</p>`,
        )}`,
  });
}

/** @param {PageContext} context @param {Account} user */
export function detailsPage(context, user) {
  return renderPage(context, {
    title: 'Mijn gegevens',
    crumbs: [{ label: 'Mijn account', href: PATHS.account }, { label: 'Mijn gegevens' }],
    accountMenu: 'details',
    body: html`<h1>Mijn gegevens</h1>
        <dl class="details">
          <dt>Naam</dt><dd>${user.name}</dd>
          <dt>E-mailadres</dt><dd>${user.email}</dd>
        </dl>`,
  });
}
