/** axe-core, run inside the real browser on a part of the page. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { E2EPage } from './driver';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Violations within `selector` (default: Vinkje's sidebar, shadow root included). A readable list, so
 * a failing test says what is wrong where.
 */
export async function axeViolations(page: E2EPage, selector = 'vinkje-sidebar'): Promise<AxeViolation[]> {
  await page.evaluateSource(`if (!window.axe) { ${axeSource} }`);
  return page.evaluate(async (sel: string) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const context = document.querySelector(sel);
    if (!context) throw new Error(`nothing to check: ${sel}`);
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, selector);
}
