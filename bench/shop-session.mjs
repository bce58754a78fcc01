// @ts-check
/** Logging in to the simulated shop and claiming a cart from inside a shop page, for both browsers. */
import { BAKEN, PASSWORD, PRIMARY_EMAIL } from '../test/site/scenarios.mjs';

/** What the page function below needs: the demo contact and Het Baken College's claim address. */
export const CLAIM_ARGS = { email: PRIMARY_EMAIL, password: PASSWORD, claim: `/account/licenties-verlengen/${BAKEN}/claimen/` };

/**
 * Runs inside a shop page (so the session cookie lands in the browser profile): logs in, claims,
 * and returns the id of the first cart line, or null. A second profile's claim is refused (one cart
 * per account) but the cart is there already.
 * @param {{ email: string, password: string, claim: string }} args
 */
export async function logInAndClaimInPage({ email, password, claim }) {
  const post = (/** @type {string} */ url, /** @type {Record<string, string>} */ form) =>
    fetch(url, { method: 'POST', body: new URLSearchParams(form), credentials: 'same-origin' });
  await post('/login/', { email, password, redirect: '/account/' });
  await post(claim, {});
  const cart = await (await fetch('/winkelwagen/', { credentials: 'same-origin' })).text();
  return /\/winkelwagen\/regel\/([^/]+)\/wijzigen\//.exec(cart)?.[1] ?? null;
}
