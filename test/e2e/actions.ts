/**
 * What a person does on a page: click a visible text, type into a labelled field. Elements are found
 * by their visible text in the page's main world; the click itself is a real mouse click.
 */
import type { E2EPage } from './driver';

interface Target {
  x: number;
  y: number;
}

/** Finds the best clickable element whose visible text (or value/aria-label) matches, scrolls it into view. */
function locateClickable(arg: { text: string; exact: boolean; index: number; buttonsOnly: boolean }): Target | string {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const want = norm(arg.text);
  const candidates = Array.from(
    document.querySelectorAll<HTMLElement>(
      arg.buttonsOnly ? 'button, input[type=submit], input[type=button], [role=button]' : 'a, button, input[type=submit], input[type=button], [role=button], summary, label',
    ),
  ).filter((el) => {
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || el.getClientRects().length === 0) return false;
    const label = norm(el instanceof HTMLInputElement ? el.value : el.textContent) || norm(el.getAttribute('aria-label'));
    return arg.exact ? label === want : label.includes(want);
  });
  const el = candidates[arg.index];
  if (!el) return `no clickable "${arg.text}" (found ${candidates.length})`;
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

async function clickTarget(page: E2EPage, text: string, exact: boolean, index: number, buttonsOnly: boolean): Promise<void> {
  const target = await page.evaluate(locateClickable, { text, exact, index, buttonsOnly });
  if (typeof target === 'string') throw new Error(target);
  await page.mouseClick(target.x, target.y);
}

/** Clicks a visible text on the shop's page. */
export async function click(
  page: E2EPage,
  text: string,
  options: { exact?: boolean; index?: number; navigates?: boolean; buttonsOnly?: boolean } = {},
) {
  const run = () => clickTarget(page, text, options.exact ?? false, options.index ?? 0, options.buttonsOnly ?? false);
  if (options.navigates ?? true) await page.waitForNavigation(run);
  else await run();
}

/** Focuses the field whose label contains `label`, clears it and types `value` with the keyboard. */
export async function fill(page: E2EPage, label: string, value: string) {
  const found = await page.evaluate(
    (arg: { label: string }) => {
      const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
      for (const l of Array.from(document.querySelectorAll('label'))) {
        if (!norm(l.textContent).includes(norm(arg.label))) continue;
        const control = (l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input, textarea, select')) as HTMLInputElement | null;
        if (!control) continue;
        control.focus();
        control.select?.();
        control.value = '';
        return true;
      }
      return false;
    },
    { label },
  );
  if (!found) throw new Error(`no field labelled "${label}"`);
  await page.type(value);
}

export async function pageText(page: E2EPage): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

export async function waitFor<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 8000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < until) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch (error) {
      lastError = error; // the page may be between two navigations
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)} ${lastError ? String(lastError) : ''}`);
}
