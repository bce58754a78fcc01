/**
 * The message boundary on any message: whatever arrives, from whichever sender, the router answers
 * without throwing, hands the service only what the schema accepts from a sender allowed to send it,
 * and refuses an oversized message before looking at its shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observation } from '../../test/fuzz/observations';
import { fuzzRuns } from '../../test/fuzz/runs';
import type { SidebarView } from '../core/view';
import { contentMessageSchema, pageMessageSchema } from '../messages';
import { MAX_MESSAGE_SIZE, exceedsSize } from './message-size';
import { routeMessage, type PagesApi, type RouterContext } from './router';
import type { SenderLike } from './sender';
import type { Service } from './service';

const EXTENSION_ID = 'vinkje@vinkje.nl';
const EXTENSION_ORIGIN = 'moz-extension://0b4b9d5c-8f56-4f4a-9f43-51b7d4d7c1a1';
const VIEW = { fake: 'view' } as unknown as SidebarView;

const senders: Record<'shop' | 'page' | 'foreign', fc.Arbitrary<SenderLike>> = {
  shop: fc.record({ id: fc.constant(EXTENSION_ID), url: fc.constantFrom('https://www.slbdiensten.nl/winkelwagen/', 'https://slbdiensten.nl/'), tab: fc.record({ id: fc.nat(50) }) }),
  page: fc.record({ id: fc.constant(EXTENSION_ID), url: fc.constant(`${EXTENSION_ORIGIN}/popup.html`) }),
  foreign: fc.oneof(
    fc.record({ id: fc.constant('other-extension'), url: fc.constant('https://www.slbdiensten.nl/'), tab: fc.record({ id: fc.nat(50) }) }),
    fc.record({ id: fc.constant(EXTENSION_ID), url: fc.constantFrom('https://evil.example/', 'http://www.slbdiensten.nl/', 'https://slbdiensten.nl.evil.example/'), tab: fc.record({ id: fc.nat(50) }) }),
  ),
};
const sender = fc.oneof(
  senders.shop.map((s) => ({ who: 'shop' as const, s })),
  senders.page.map((s) => ({ who: 'page' as const, s })),
  senders.foreign.map((s) => ({ who: 'foreign' as const, s })),
);

const validContent = fc.oneof(
  observation.map((o) => ({ type: 'observe', observation: o })),
  fc.record({ type: fc.constant('view'), url: fc.string({ maxLength: 30 }) }),
  fc.record({
    type: fc.constant('sidebar-action'),
    url: fc.constant('https://www.slbdiensten.nl/'),
    action: fc.oneof(
      fc.record({ type: fc.constant('override'), key: fc.constantFrom('100231', '__proto__', 'constructor'), step: fc.integer({ min: 0, max: 8 }), state: fc.constantFrom('todo', 'done', 'skipped', null, 'gedaan') }),
      fc.record({ type: fc.constant('select-institution'), key: fc.option(fc.constantFrom('100231', 'toString')) }),
      fc.record({ type: fc.constant('snooze'), hours: fc.integer({ min: -5, max: 200 }) }),
    ),
  }),
);
const validPage = fc.oneof(
  fc.constantFrom({ type: 'overview' }, { type: 'export' }, { type: 'reset' }, { type: 'diagnostics' }, { type: 'summary' }, { type: 'get-settings' }),
  fc.record({ type: fc.constant('import'), file: fc.jsonValue({ maxDepth: 2 }) }),
);

type Json = unknown;
/** The value with the thing at one path replaced: a field of the wrong type, a list where a text was. */
function replaceAt(value: Json, path: number[], replacement: Json): Json {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [step, ...rest] = path as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = step % value.length;
    return value.map((v, j) => (j === i ? replaceAt(v, rest, replacement) : v));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[step % keys.length] as string;
  return { ...(value as Record<string, Json>), [key]: replaceAt((value as Record<string, Json>)[key], rest, replacement) };
}
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, Number.NaN, -1, 1e12, 1.5, '', '__proto__', [], {}),
  fc.string({ minLength: 2001, maxLength: 2100 }),
);
const damaged = fc.tuple(fc.oneof(validContent, validPage), fc.array(fc.nat(), { maxLength: 5 }), oddValue).map(([v, path, odd]) => replaceAt(v, path, odd));
const anyMessage = fc.oneof(validContent, validPage, damaged, damaged, fc.anything({ maxDepth: 3 }));

function fakes() {
  const calls: Array<{ what: string; arg: unknown }> = [];
  const service = {
    observe: async (o: unknown) => (calls.push({ what: 'observe', arg: o }), VIEW),
    currentView: async () => (calls.push({ what: 'view', arg: null }), VIEW),
    sidebarAction: async (a: unknown) => (calls.push({ what: 'sidebar-action', arg: a }), VIEW),
  } as unknown as Service;
  // The pages' answers are tested elsewhere (pages-api.test.ts); here only that the router reached them.
  const pages = { answer: async (m: { type: string }) => (calls.push({ what: `page:${m.type}`, arg: m }), { ok: true, data: null }) } as unknown as PagesApi;
  const ctx: RouterContext = { extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, log: () => {} };
  return { calls, service, pages, ctx };
}

describe('the message boundary on any message', () => {
  it('answers everything, and acts only on well-formed messages from a sender allowed to send them', async () => {
    await fc.assert(
      fc.asyncProperty(anyMessage, sender, async (raw, { who, s }) => {
        const { calls, service, pages, ctx } = fakes();
        const answer = await routeMessage(service, pages, raw, s, ctx);
        expect(typeof answer.ok).toBe('boolean');
        const content = contentMessageSchema.safeParse(raw);
        const page = pageMessageSchema.safeParse(raw);
        if (who === 'foreign' || (!content.success && !page.success)) {
          expect(calls).toEqual([]);
          expect(answer.ok).toBe(false);
          return;
        }
        if (content.success) {
          const allowed = content.data.type !== 'observe' || who === 'shop';
          expect(calls.length).toBe(allowed ? 1 : 0);
          // What the service gets is what the schema made of the message, nothing more.
          if (allowed && content.data.type === 'observe') expect(calls[0]?.arg).toEqual(content.data.observation);
          expect(answer.ok).toBe(allowed);
        } else {
          expect(calls.map((c) => c.what)).toEqual(who === 'page' ? [`page:${page.data?.type}`] : []);
        }
      }),
      { numRuns: fuzzRuns(150, 2) },
    );
  });

  it('refuses an oversized message from a shop tab without acting on it', async () => {
    const big = fc.tuple(observation, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 300 })).map(([o, copies, extra]) => ({
      type: 'observe',
      observation: { ...o, messages: Array.from({ length: copies }, () => 'x'.repeat(Math.ceil(MAX_MESSAGE_SIZE / copies) + extra)) },
    }));
    await fc.assert(
      fc.asyncProperty(big, senders.shop, async (raw, s) => {
        const { calls, service, pages, ctx } = fakes();
        expect(await routeMessage(service, pages, raw, s, ctx)).toEqual({ ok: false, error: 'message too large' });
        expect(calls).toEqual([]);
      }),
      { numRuns: fuzzRuns(20, 20) },
    );
  });
});

/** The size as the cap defines it: one per value, plus the length of every text and key. */
function size(value: unknown): number {
  if (typeof value === 'string') return 1 + value.length;
  if (Array.isArray(value)) return 1 + value.reduce((sum: number, item) => sum + size(item), 0);
  if (value !== null && typeof value === 'object') return 1 + Object.entries(value).reduce((sum, [k, v]) => sum + k.length + size(v), 0);
  return 1;
}

describe('the size cap', () => {
  it('refuses exactly what is over the budget, however deep or wide', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 0, max: 400 }), (value, budget) => {
        expect(exceedsSize(value, budget)).toBe(size(value) > budget);
      }),
      { numRuns: fuzzRuns(200, 1) },
    );
  });
});
