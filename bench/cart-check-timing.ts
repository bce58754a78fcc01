/**
 * Times the cart check on a large cart: `npx jiti bench/cart-check-timing.ts [lines] [runs]`.
 * The sidebar re-checks on every page change, so one check of a 500-line cart must stay well
 * under 2 ms.
 */

import { checkCart, type CartCheckInput } from '../lib/core/cart-check';
import { formatQuantity } from '../lib/core/format';

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

/** A cart of `lineCount` lines: every product many times, Dutch quantity texts, prepared quantities. */
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

export interface CartCheckTiming {
  /** Wall-clock milliseconds per check (median of all runs). */
  medianMs: number;
  /** CPU milliseconds per check (mean): not inflated when other processes share the cores. */
  cpuMs: number;
  /** The very first check: compiles patterns and warms up the JavaScript engine. */
  firstMs: number;
  /** A warm engine, but 500 product names it has not seen before. */
  newNamesMs: number;
  findings: number;
}

export function timeCartCheck(lineCount = 500, runs = 200): CartCheckTiming {
  const input = sampleCart(lineCount);
  const firstStart = performance.now();
  let findings = checkCart(input).findings.length;
  const firstMs = performance.now() - firstStart;
  for (let i = 0; i < 20; i++) findings = checkCart(input).findings.length;
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    checkCart(input);
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  const newNamesStart = performance.now();
  checkCart(sampleCart(lineCount, 'gebouw'));
  const newNamesMs = performance.now() - newNamesStart;
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
    cpuMs: (cpu.user + cpu.system) / 1000 / runs,
    firstMs,
    newNamesMs,
    findings,
  };
}

if (process.argv[1]?.includes('cart-check-timing')) {
  const lineCount = Number(process.argv[2] ?? 500);
  const runs = Number(process.argv[3] ?? 200);
  const t = timeCartCheck(lineCount, runs);
  console.log(
    `${lineCount} lines, ${runs} runs, ${t.findings} findings: median ${t.medianMs.toFixed(3)} ms wall, ` +
      `${t.cpuMs.toFixed(3)} ms CPU per check; first check ${t.firstMs.toFixed(1)} ms, ` +
      `warm with unseen names ${t.newNamesMs.toFixed(2)} ms`,
  );
}
