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
