// @ts-check
/** Plain content pages (home, the other main-menu items, password help) and "Pagina niet gevonden". */
import { html } from './html.mjs';
import { renderPage } from './layout.mjs';

/** Content pages by path: heading and one paragraph. */
export const INFO_PAGES = {
  '/': { title: 'Welkom bij SLBdiensten', text: 'Software en licenties voor het onderwijs.' },
  '/adobe/': { title: 'Adobe', text: 'Software en licenties voor het onderwijs.' },
  '/overige-software/': { title: 'Overige software', text: 'Software en licenties voor het onderwijs.' },
  '/over-ons/': { title: 'Over ons', text: 'Software en licenties voor het onderwijs.' },
  '/contact/': { title: 'Contact', text: 'Bel de servicedesk of stuur een e-mail naar servicedesk@slbdiensten.nl.' },
  '/wachtwoord-vergeten/': { title: 'Wachtwoord vergeten?', text: 'Neem contact op met de servicedesk.' },
};

/** @param {string} path @returns {path is keyof typeof INFO_PAGES} */
export function isInfoPath(path) {
  return Object.hasOwn(INFO_PAGES, path);
}

/** @param {import('./layout.mjs').PageContext} context @param {keyof typeof INFO_PAGES} path */
export function infoPage(context, path) {
  const page = INFO_PAGES[path];
  return renderPage(context, {
    title: page.title,
    crumbs: path === '/' ? [] : [{ label: page.title }],
    body: html`<h1>${page.title}</h1>
    <p>${page.text}</p>`,
  });
}

/** @param {import('./layout.mjs').PageContext} context */
export function notFoundPage(context) {
  return renderPage(context, {
    title: 'Pagina niet gevonden',
    crumbs: [{ label: 'Pagina niet gevonden' }],
    body: html`<h1>Pagina niet gevonden</h1>
    <p>De pagina die je zoekt bestaat niet.</p>`,
  });
}
