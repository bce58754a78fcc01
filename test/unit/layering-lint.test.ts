/**
 * The layering is enforced by lint (eslint.config.js): these are the wrong imports it must refuse,
 * and the right ones it must let through, linted as if they were files in the project.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('the layering', () => {
  it.each([
    ['lib/core/fixture.ts', "import { openStore } from '../store/db';\nexport const x = openStore;\n"],
    ['lib/core/fixture.ts', "import { readPage } from '../site/read';\nexport const x = readPage;\n"],
    ['lib/core/fixture.ts', "import { startBackground } from '../background/start';\nexport const x = startBackground;\n"],
    ['lib/core/fixture.ts', "import { Sidebar } from '../../components/Sidebar';\nexport const x = Sidebar;\n"],
    ['lib/core/fixture.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;\n"],
    ['lib/core/fixture.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n"],
    ['components/Fixture.tsx', "import { openStore } from '../lib/store/db';\nexport const x = openStore;\n"],
    ['components/options/Fixture.tsx', "import { readPage } from '../../lib/site/read';\nexport const x = readPage;\n"],
    ['lib/content/fixture.ts', "import { contentMessageSchema } from '../messages';\nexport const x = contentMessageSchema;\n"],
  ])('%s refuses: %s', async (file, code) => {
    expect(await refusals(file, code)).toHaveLength(1);
  });

  it.each([
    ['lib/core/fixture.ts', "import { checkCart } from './cart-check';\nexport const x = checkCart;\n"],
    ['components/Fixture.tsx', "import type { Settings } from '../lib/store/types';\nexport type X = Settings;\n"],
    ['components/Fixture.tsx', "import type { SidebarAction } from '../lib/messages';\nexport type X = SidebarAction;\n"],
    ['lib/background/fixture.ts', "import { openStore } from '../store/db';\nexport const x = openStore;\n"],
    ['lib/core/fixture.test.ts', "import { yearProgressSchema } from '../store/schemas';\nexport const x = yearProgressSchema;\n"],
  ])('%s allows: %s', async (file, code) => {
    expect(await refusals(file, code)).toEqual([]);
  });
});

describe('the shop’s words live in lib/site', () => {
  async function syntaxRefusals(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  }

  it.each([
    ['lib/core/fixture.ts', 'export const placed = /plaats bestelling/;\n'],
    ['lib/background/fixture.ts', 'export const cart = /^winkelwagen$/i;\n'],
    ['components/Fixture.tsx', 'export const approved = /goedgekeurd/u;\n'],
  ])('%s refuses a pattern of the shop’s words: %s', async (file, code) => {
    expect(await syntaxRefusals(file, code)).toEqual([expect.stringContaining('belongs in lib/site')]);
  });

  it('lib/site may hold them', async () => {
    expect(await syntaxRefusals('lib/site/labels/fixture.ts', 'export const cart = /^winkelwagen$/i;\n')).toEqual([]);
  });

  it('page text still never reaches HTML parsing where the shop-word rule applies', async () => {
    const refused = await syntaxRefusals('lib/core/fixture.ts', 'export function put(el: Element, t: string) { el.innerHTML = t; }\n');
    expect(refused).toEqual([expect.stringContaining('textContent')]);
  });
});
