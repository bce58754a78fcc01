/** Reads Vinkje's sidebar through the documented test hooks only (README: test hooks). */
import type { E2EPage } from './driver';
import { waitFor } from './actions';

export interface SidebarSnapshot {
  present: boolean;
  page: string | null;
  collapsed: boolean;
  steps: Record<string, string>;
  findings: Array<{ rule: string; severity: string; text: string }>;
  institution: string | null;
  /**
   * Where the institution came from when the page did not name it (`data-attribution`:
   * "claimed-cart", "only-institution", "chosen"); null when the page named it, or none is shown.
   */
  attribution: string | null;
  /** The cart check's status ("checked", "empty-cart", "no-lines") and whether every line was read and every rule ran. */
  cartCheck: { status: string | null; complete: boolean } | null;
  daysLeft: number | null;
  text: string;
}

export function readSidebar(page: E2EPage): Promise<SidebarSnapshot> {
  return page.evaluate(() => {
    const host = document.querySelector('vinkje-sidebar');
    const root = host?.shadowRoot;
    const panel = root?.querySelector<HTMLElement>('[data-testid="vinkje-panel"]');
    const steps: Record<string, string> = {};
    root?.querySelectorAll<HTMLElement>('[data-step]').forEach((el) => {
      steps[el.dataset.step!] = el.dataset.state!;
    });
    const deadline = root?.querySelector<HTMLElement>('[data-testid="vinkje-deadline"]');
    const check = root?.querySelector<HTMLElement>('[data-testid="vinkje-cart-check"]');
    return {
      present: Boolean(panel),
      page: panel?.dataset.page ?? null,
      collapsed: panel?.dataset.collapsed === 'true',
      steps,
      findings: Array.from(root?.querySelectorAll<HTMLElement>('[data-rule]') ?? []).map((el) => ({
        rule: el.dataset.rule!,
        severity: el.dataset.severity!,
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
      institution: root?.querySelector('[data-testid="vinkje-institution"]')?.textContent?.trim() ?? null,
      attribution: root?.querySelector<HTMLElement>('[data-attribution]')?.dataset.attribution ?? null,
      cartCheck: check ? { status: check.dataset.status ?? null, complete: check.dataset.complete === 'true' } : null,
      daysLeft: deadline?.dataset.daysLeft !== undefined ? Number(deadline.dataset.daysLeft) : null,
      text: (panel?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

export function waitForSidebar(page: E2EPage, what: string, ok: (s: SidebarSnapshot) => boolean, timeoutMs?: number) {
  return waitFor(`sidebar: ${what}`, () => readSidebar(page), ok, timeoutMs);
}

/** Clicks a control inside the sidebar (by its visible text or aria-label) with the real mouse; holdMs: how long the button stays down. */
export async function clickInSidebar(page: E2EPage, text: string, holdMs = 0): Promise<void> {
  const target = await page.evaluate(async (t: string) => {
    const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    const root = document.querySelector('vinkje-sidebar')?.shadowRoot;
    const el = Array.from(root?.querySelectorAll<HTMLElement>('button, input, select, label, summary') ?? []).find(
      (e) => norm(e.textContent).includes(norm(t)) || norm(e.getAttribute('aria-label')).includes(norm(t)),
    );
    if (!el) return null;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, text);
  if (!target) throw new Error(`no sidebar control "${text}"`);
  await page.mouseClick(target.x, target.y, holdMs);
}
