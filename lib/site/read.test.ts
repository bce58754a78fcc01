import { describe, expect, it } from 'vitest';
import type { Institution, PageObservation, ProductQuantity } from '../core/observation';
import { loadFixtures, NEUTRAL_URL, parseDocument, type Fixture } from './fixtures.testutil';
import { readPage } from './read';

const fixtures = loadFixtures();
const NOW = Date.UTC(2026, 10, 21, 10, 0, 0);

function read(f: Fixture): PageObservation {
  return readPage(parseDocument(f.html), NEUTRAL_URL, NOW);
}

const pairs = (lines: ProductQuantity[]): [string, number | null][] => lines.map((l) => [l.product, l.quantity]);

// ---------------------------------------------------------------------------------------------
// Hand-written renditions: each page has a sidecar with the facts a reader must extract.
// ---------------------------------------------------------------------------------------------

type Sidecar = Record<string, unknown>;

function checkSidecar(obs: PageObservation, exp: Sidecar): void {
  for (const key of ['kind', 'loggedIn', 'isPrimaryContact', 'renewalsWaiting', 'reference', 'orderNumber', 'deadlineText', 'institution', 'quantityForm', 'messages'] as const) {
    if (key in exp) expect(obs[key], key).toEqual(exp[key]);
  }
  if ('cartLines' in exp) expect(pairs(obs.cartLines)).toEqual(exp['cartLines']);
  if ('actions' in exp) {
    for (const line of obs.cartLines) for (const a of exp['actions'] as string[]) expect(line.actions, line.product).toContain(a);
  }
  if ('futureLicenses' in exp) expect(pairs(obs.futureLicenses)).toEqual(exp['futureLicenses']);
  if ('futureLicensesByInstitution' in exp) {
    expect(obs.futureLicensesByInstitution.map((g) => ({ institution: g.institution, lines: pairs(g.lines) }))).toEqual(
      exp['futureLicensesByInstitution'],
    );
  }
  if ('preparedOrders' in exp) {
    expect(obs.preparedOrders.map((o) => ({ institution: o.institution, canClaim: o.canClaim, lines: pairs(o.lines) }))).toEqual(
      exp['preparedOrders'],
    );
  }
  if ('orders' in exp) {
    const expected = exp['orders'] as Record<string, unknown>[];
    expect(obs.orders.map((o) => o.orderNumber)).toEqual(expected.map((o) => o['orderNumber']));
    for (const e of expected) {
      const o = obs.orders.find((x) => x.orderNumber === e['orderNumber']);
      const { institution, ...rest } = e;
      expect(o).toMatchObject(rest);
      if (institution !== undefined) expect(o?.institution?.name).toBe(institution);
    }
  }
  if ('messagesInclude' in exp) {
    for (const m of exp['messagesInclude'] as string[]) expect(obs.messages.some((x) => x.includes(m)), m).toBe(true);
  }
}

describe('hand-written renditions give the facts in their sidecar', () => {
  const withSidecar = fixtures.filter((f) => f.expected);
  it('every alt fixture has a sidecar', () => {
    expect(fixtures.filter((f) => f.set.startsWith('alt') && !f.expected).map((f) => f.name)).toEqual([]);
  });
  it.each(withSidecar.map((f) => [`${f.set}/${f.name}`, f] as const))('%s', (_n, f) => {
    const obs = read(f);
    checkSidecar(obs, f.expected as Sidecar);
    // A page of a known kind that reads cleanly says it missed nothing.
    if (f.kind !== 'unknown') expect(obs.unread).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The simulated shop: its demo data is known.
// ---------------------------------------------------------------------------------------------

const BAKEN: Institution = { name: 'Het Baken College', customerNumber: '100231' };
const ROC: Institution = { name: 'ROC Rivierland', customerNumber: '100587' };
const BAKEN_LINES: [string, number][] = [
  ['Microsoft 365 A3 medewerkers', 1996],
  ['Microsoft 365 A3 leerlingen/studenten', 14250],
  ['Microsoft 365 A5 medewerkers (step-up)', 120],
  ['Microsoft Defender Suite medewerkers', 120],
  ['Microsoft 365 Copilot medewerkers', 25],
  ['Windows Server Standard core', 32],
  ['SQL Server Standard core', 8],
  ['Minecraft Education leerlingen', 300],
];
const ROC_LINES: [string, number][] = [
  ['Microsoft 365 A3 medewerkers', 1996],
  ['Microsoft 365 A5 medewerkers (step-up)', 2010],
  ['Microsoft 365 A3 leerlingen/studenten', 21000],
  ['Microsoft Purview Suite medewerkers', 150],
];

const hasMessage = (obs: PageObservation, text: string): boolean => obs.messages.some((m) => m.includes(text));

/** Facts of the demo scenario, per saved state. */
const SIM: Record<string, (obs: PageObservation) => void> = {
  'login--error': (obs) => {
    expect(obs.loggedIn).toBe(false);
    expect(hasMessage(obs, 'Onjuist e-mailadres of wachtwoord.')).toBe(true);
  },
  'account--primary': (obs) => {
    expect(obs.isPrimaryContact).toBe(true);
    expect(obs.renewalsWaiting).toBeGreaterThan(0);
  },
  'account--colleague': (obs) => expect(obs.isPrimaryContact).toBe(false),
  'account--no-carts': (obs) => expect(obs.renewalsWaiting).toBe(0),
  'licenses--future': (obs) => {
    const byName = new Map(obs.futureLicensesByInstitution.map((g) => [g.institution?.name, g]));
    expect(byName.get(BAKEN.name)?.institution).toEqual(BAKEN);
    expect(pairs(byName.get(BAKEN.name)?.lines ?? [])).toEqual([
      ['Basispakket medewerkers', 2050],
      ['Basispakket leerlingen/studenten', 15000],
    ]);
    expect(pairs(byName.get(ROC.name)?.lines ?? [])).toEqual([
      ['Basispakket medewerkers', 1990],
      ['Basispakket leerlingen/studenten', 21500],
    ]);
  },
  'licenses--current': (obs) => {
    expect(obs.futureLicenses).toEqual([]);
    expect(obs.futureLicensesByInstitution).toEqual([]);
  },
  'renewals--collapsed': (obs) => {
    expect(obs.deadlineText).toBe('uiterlijk vrijdag 11 december 2026');
    const baken = obs.preparedOrders.find((o) => o.institution?.name === BAKEN.name);
    expect(baken?.institution).toEqual(BAKEN);
    expect(pairs(baken?.lines ?? [])).toEqual(BAKEN_LINES);
    expect(baken?.canClaim).toBe(true);
    expect(pairs(obs.preparedOrders.find((o) => o.institution?.name === ROC.name)?.lines ?? [])).toEqual(ROC_LINES);
  },
  'renewals--claimed': (obs) => {
    expect(obs.preparedOrders.find((o) => o.institution?.name === BAKEN.name)?.canClaim).toBe(false);
  },
  'renewals--refused-colleague': (obs) => {
    expect(obs.isPrimaryContact).toBe(false);
    expect(hasMessage(obs, 'Alleen de 1e contactpersoon kan deze winkelwagen claimen.')).toBe(true);
  },
  'renewals--refused-second-claim': (obs) => {
    expect(hasMessage(obs, 'Je hebt al een winkelwagen geclaimd voor Het Baken College.')).toBe(true);
  },
  'cart--clean': (obs) => {
    expect(obs.institution).toEqual(BAKEN);
    expect(pairs(obs.cartLines)).toEqual(BAKEN_LINES);
    for (const line of obs.cartLines) expect(line.actions).toEqual(expect.arrayContaining(['wijzigen', 'verwijderen']));
    expect(obs.reference).toBe('');
  },
  'cart--rule-breaking': (obs) => {
    expect(obs.institution).toEqual(ROC);
    expect(pairs(obs.cartLines)).toEqual(ROC_LINES);
  },
  'cart--underlying-message': (obs) => {
    expect(hasMessage(obs, 'Voor 4 extra Microsoft 365 A3 medewerkers zijn ook 4 extra Basispakket medewerkers nodig.')).toBe(true);
    expect(obs.cartLines.map((l) => l.product)).toEqual(BAKEN_LINES.map(([p]) => p));
  },
  'cart--empty': (obs) => expect(obs.cartLines).toEqual([]),
  'quantity--change': (obs) => {
    expect(obs.quantityForm?.product).toBe('Microsoft 365 A3 medewerkers');
    expect(obs.quantityForm?.value.replace('.', '')).toBe('1996');
  },
  'quantity--invalid': (obs) => {
    expect(hasMessage(obs, 'Vul een geheel aantal van 0 of meer in.')).toBe(true);
    expect(obs.quantityForm?.value).not.toMatch(/^\d+$/);
  },
  'quantity--add': (obs) => {
    expect(obs.quantityForm?.product).not.toBe('');
    expect(obs.quantityForm?.value).toBe('');
  },
  'thank-you--placed': (obs) => {
    expect(obs.orderNumber).toBe('204517');
    expect(obs.institution).toEqual(BAKEN);
  },
  'open-orders--one': (obs) => {
    expect(obs.orders).toHaveLength(1);
    expect(obs.orders[0]).toMatchObject({ orderNumber: '204517', status: 'open', institution: BAKEN });
    expect(obs.orders[0]?.amountCents).toBeGreaterThan(0);
  },
  'open-orders--none': (obs) => expect(obs.orders).toEqual([]),
  'open-orders--approved': (obs) => {
    expect(obs.orders).toEqual([]);
    expect(hasMessage(obs, 'Bestelling 204517 is goedgekeurd.')).toBe(true);
    expect(obs.approvedOrders).toEqual(['204517']);
  },
  'order-history--mixed': (obs) => {
    const zuiderpark = obs.orders.find((o) => o.orderNumber === '203988');
    expect(zuiderpark?.institution?.name).toBe('Lyceum Zuiderpark');
    expect(['approved', 'completed']).toContain(zuiderpark?.status);
    for (const o of obs.orders) {
      expect(o.status, o.orderNumber).not.toBeNull();
      expect(o.date, o.orderNumber).toMatch(/^\d{1,2}-\d{1,2}-\d{4}$/);
    }
  },
};

/** What any page of a kind must give, for saved states without their own expectations. */
const BY_KIND: Partial<Record<string, (obs: PageObservation, state: string) => void>> = {
  login: (obs) => expect(obs.loggedIn).toBe(false),
  account: (obs) => {
    expect(obs.loggedIn).toBe(true);
    expect(obs.isPrimaryContact).not.toBeNull();
  },
  renewals: (obs) => expect(obs.preparedOrders.length).toBeGreaterThan(0),
  cart: (obs, state) => {
    if (!/empty|leeg/.test(state)) expect(obs.cartLines.length).toBeGreaterThan(0);
  },
  quantity: (obs) => expect(obs.quantityForm).not.toBeNull(),
  'thank-you': (obs) => expect(obs.orderNumber).toMatch(/^\d+$/),
  'order-history': (obs) => expect(obs.orders.length).toBeGreaterThan(0),
};

describe('the simulated shop’s saved pages give the demo data', () => {
  const sim = fixtures.filter((f) => f.set === 'sim');
  it.each(sim.map((f) => [f.name, f] as const))('%s', (_n, f) => {
    const obs = read(f);
    expect(obs.kind).toBe(f.kind);
    BY_KIND[f.kind]?.(obs, f.state);
    SIM[f.name]?.(obs);
    if (f.kind !== 'unknown') expect(obs.unread).toEqual([]);
  });
});

describe('reader details', () => {
  it('stamps the url and time it was given', () => {
    const obs = readPage(parseDocument('<html><body></body></html>'), 'https://www.slbdiensten.nl/x/', 1234);
    expect(obs).toMatchObject({ kind: 'unknown', url: 'https://www.slbdiensten.nl/x/', seenAt: 1234 });
  });

  it('a cart line whose quantity does not parse keeps its text and says so', () => {
    const doc = parseDocument(`<html><body><main><h1>Winkelwagen</h1>
      <p>Onderwijsinstelling: Het Baken College (klantnummer 100231)</p>
      <table><tr><th>Product</th><th>Aantal</th><th>Prijs per stuk</th></tr>
      <tr><td>Microsoft 365 A3 medewerkers</td><td>1,996</td><td>€ 3,00</td></tr></table>
      <label for="r">Referentie</label><input id="r"><button>Plaats bestelling</button></main></body></html>`);
    const obs = readPage(doc, NEUTRAL_URL, NOW);
    expect(obs.cartLines).toEqual([{ product: 'Microsoft 365 A3 medewerkers', quantity: null, quantityText: '1,996', actions: [] }]);
    expect(obs.unread.some((u) => u.includes('Microsoft 365 A3 medewerkers'))).toBe(true);
  });

  it('a "uiterlijk" in a promotion is not the deadline; the registration\'s own sentence is', () => {
    const account = (extra: string) =>
      parseDocument(`<html><body><main><h1>Mijn account</h1><p>Je bent 1e contactpersoon van: Het Baken College.</p>${extra}</main></body></html>`);
    const promo = '<p>Verleng je Adobe-abonnement uiterlijk 4 december 2026 met 20% korting.</p>';
    expect(readPage(account(promo), NEUTRAL_URL, NOW).deadlineText).toBeNull();
    const notice = '<p>Rond de registratie uiterlijk op 11 december 2026 af.</p>';
    expect(readPage(account(promo + notice), NEUTRAL_URL, NOW).deadlineText).toBe('uiterlijk op 11 december 2026');
  });

  it('an order list with a description column says what each order holds, and which says it is the renewal', () => {
    const doc = parseDocument(`<html><body><main><h1>Bestelhistorie</h1>
      <table><tr><th>Ordernummer</th><th>Besteld op</th><th>School</th><th>Producten</th><th>Status</th></tr>
      <tr><td>204600</td><td>20-11-2025</td><td>Het Baken College</td><td>Adobe Creative Cloud All Apps</td><td>Open</td></tr>
      <tr><td>204601</td><td>21-11-2025</td><td>Het Baken College</td><td>Verlenging Microsoft-licenties 2026</td><td>Goedgekeurd</td></tr>
      <tr><td>204602</td><td>22-11-2025</td><td>Het Baken College</td><td></td><td>Open</td></tr></table></main></body></html>`);
    const obs = readPage(doc, NEUTRAL_URL, NOW);
    expect(obs.kind).toBe('order-history');
    expect(obs.orders.map((o) => [o.orderNumber, o.description ?? null, o.saysRenewal ?? null])).toEqual([
      ['204600', 'Adobe Creative Cloud All Apps', false],
      ['204601', 'Verlenging Microsoft-licenties 2026', true],
      ['204602', null, null],
    ]);
  });

  it('a name that starts with an article keeps it', () => {
    const doc = parseDocument('<html><body><main><h1>Winkelwagen</h1><p>U bestelt namens Het Baken College.</p></main></body></html>');
    expect(readPage(doc, NEUTRAL_URL, NOW).institution).toEqual({ name: 'Het Baken College', customerNumber: null });
  });

  it('a cart without lines or reference field lists each as unread; a missing institution is left to context', () => {
    const doc = parseDocument('<html><body><main><h1>Winkelwagen</h1><button>Plaats bestelling</button></main></body></html>');
    const obs = readPage(doc, NEUTRAL_URL, NOW);
    expect(obs.kind).toBe('cart');
    expect(obs.institution).toBeNull();
    expect(obs.unread).toEqual(['geen winkelwagenregels gevonden', 'referentieveld niet gevonden']);
  });

  it('future licences are only reported when the future filter is the one shown', () => {
    const page = (selected: string) =>
      parseDocument(`<html><body><main><h1>Licenties</h1><label>Toon <select>
        <option ${selected === 'now' ? 'selected' : ''}>Huidige licenties</option>
        <option ${selected === 'future' ? 'selected' : ''}>Toekomstige licenties</option></select></label>
        <h2>Het Baken College (klantnummer 100231)</h2>
        <table><tr><th>Product</th><th>Aantal</th><th>Ingangsdatum</th><th>Einddatum</th></tr>
        <tr><td>Basispakket medewerkers</td><td>2.050</td><td>1-1-2027</td><td>31-12-2027</td></tr></table></main></body></html>`);
    expect(pairs(readPage(page('future'), NEUTRAL_URL, NOW).futureLicenses)).toEqual([['Basispakket medewerkers', 2050]]);
    expect(readPage(page('now'), NEUTRAL_URL, NOW).futureLicenses).toEqual([]);
    // No `selected` attribute: the browser shows the first option.
    expect(readPage(page('none'), NEUTRAL_URL, NOW).futureLicenses).toEqual([]);
  });

  it('the role line of a colleague mentions the 1e contactpersoon but is not one', () => {
    const doc = parseDocument(`<html><body><main><h1>Mijn account</h1>
      <p>Je bent contactpersoon van: Het Baken College. De 1e contactpersoon is J. de Vries.</p></main></body></html>`);
    expect(readPage(doc, NEUTRAL_URL, NOW).isPrimaryContact).toBe(false);
  });
});
