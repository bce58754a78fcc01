// @ts-check
/** The login page. */
import { html } from './html.mjs';
import { renderPage } from './layout.mjs';
import { PATHS } from './paths.mjs';

/**
 * @param {import('./layout.mjs').PageContext} context
 * @param {{ redirect: string, email: string }} form what to send the user to afterwards, and the typed e-mail
 */
export function loginPage(context, { redirect, email }) {
  return renderPage(context, {
    title: 'Inloggen',
    crumbs: [{ label: 'Inloggen' }],
    body: html`<section class="narrow">
      <h1>Inloggen</h1>
      <form method="post" action="${PATHS.login}" class="form">
        <input type="hidden" name="redirect" value="${redirect}">
        <div class="field">
          <label for="email">E-mailadres</label>
          <input type="email" id="email" name="email" value="${email}" autocomplete="username" required>
        </div>
        <div class="field">
          <label for="password">Wachtwoord</label>
          <input type="password" id="password" name="password" autocomplete="current-password" required>
        </div>
        <div class="actions">
          <button type="submit">Inloggen</button>
          <a href="${PATHS.forgotPassword}">Wachtwoord vergeten?</a>
        </div>
      </form>
    </section>`,
  });
}
