/**
 * The library code the benchmark times, in one module: bundled by build-lib.mjs into bench/tmp/ as
 * an IIFE (global `vinkjeBench`, for browser pages) and as ESM (for Node).
 */
import { detectPage } from '../lib/site/detect';
import { readPage } from '../lib/site/read';
import { checkCart, type CartCheckInput } from '../lib/core/cart-check';
import { formatQuantity } from '../lib/core/format';
import { takeSnapshot } from '../lib/content/page-snapshot';
import { readSnapshot } from '../lib/site/snapshot';

export { detectPage, readPage, checkCart, takeSnapshot, readSnapshot };

const NAMES = [
  'Microsoft 365 A3 medewerkers',
  'Microsoft 365 A3 leerlingen/studenten',
  'Microsoft 365 A5 medewerkers (step-up)',
  'Microsoft Defender Suite medewerkers',
  'Microsoft Purview Suite leerlingen/studenten',
  'Microsoft 365 Copilot medewerkers',
  'Windows Server Standard core',
  'Windows Server Datacenter - 2 core pack',
  'SQL Server Standard core',
  'Visio Plan 2',
  'Project Plan 3',
  'Minecraft Education leerlingen',
  'Basispakket medewerkers',
];

/**
 * A cart of `lineCount` lines for the rule check: every product many times, Dutch quantity texts
 * left for the checker to parse, a prepared quantity on every third line (so R10 has work).
 */
export function sampleCart(lineCount: number, suffix = 'locatie'): CartCheckInput {
  const lines = Array.from({ length: lineCount }, (_, i) => {
    const quantity = 1 + ((i * 7919) % 20000);
    return {
      product: `${NAMES[i % NAMES.length]} ${suffix} ${Math.floor(i / NAMES.length) + 1}`,
      quantityText: formatQuantity(quantity),
      quantity: null,
      prepared: i % 3 === 0 ? quantity + (i % 50) : null,
    };
  });
  return {
    licenceYear: 2027,
    lines,
    futureLicenses: [
      { product: 'Basispakket medewerkers', quantity: 2050 },
      { product: 'Basispakket leerlingen/studenten', quantity: 15000 },
    ],
  };
}

/** Times `run` `repeats` times after `warmup` untimed calls; returns every duration in ms. */
export function timeRuns(run: () => unknown, repeats: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}
