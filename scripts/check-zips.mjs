// @ts-check
// After `npm run zip`: checks the three store packages the way a store reviewer would. The
// extension zips hold a complete manifest whose texts fit the stores; the sources zip holds what
// SOURCES.md needs to rebuild the Firefox package and nothing private (keys, certificates) or
// local (builds, node_modules, screenshots, logs). Exits non-zero with every problem listed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipEntries } from './zip-reader.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const problems = [];

/** @param {string} file */
function open(file) {
  const full = path.join(root, '.output', file);
  if (!fs.existsSync(full)) {
    problems.push(`${file} is missing`);
    return null;
  }
  return zipEntries(fs.readFileSync(full));
}

/** @param {string} file @param {'chrome' | 'firefox'} browser */
function checkExtension(file, browser) {
  const entries = open(file);
  if (!entries) return;
  const byName = new Map(entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get('manifest.json');
  if (!manifestEntry) return void problems.push(`${file}: no manifest.json at the top`);
  const manifest = JSON.parse(manifestEntry.read().toString('utf8'));
  if (manifest.version !== version) problems.push(`${file}: manifest version ${manifest.version}, package.json ${version}`);
  for (const icon of Object.values(manifest.icons ?? {})) {
    if (!byName.has(String(icon).replace(/^\//, ''))) problems.push(`${file}: icon ${icon} is not in the zip`);
  }
  for (const locale of ['nl', 'en']) {
    const messagesEntry = byName.get(`_locales/${locale}/messages.json`);
    if (!messagesEntry) {
      problems.push(`${file}: no _locales/${locale}/messages.json`);
      continue;
    }
    const messages = JSON.parse(messagesEntry.read().toString('utf8'));
    const description = [...messages.extDescription.message].length;
    if (description > 132) problems.push(`${file}: ${locale} description is ${description} characters (the stores allow 132)`);
  }
  if (browser === 'firefox' && !manifest.browser_specific_settings?.gecko?.id) problems.push(`${file}: no gecko id`);
  for (const entry of entries) {
    if (/\.(map|ts|tsx|key|pem|crt)$/.test(entry.name)) problems.push(`${file}: ${entry.name} does not belong in the package`);
  }
}

function checkSources(file) {
  const entries = open(file);
  if (!entries) return;
  const names = new Set(entries.map((e) => e.name));
  for (const needed of ['package.json', 'package-lock.json', 'SOURCES.md', 'LICENSE', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/background/index.ts']) {
    if (!names.has(needed)) problems.push(`${file}: ${needed} is missing, the reviewer cannot build`);
  }
  const local = /^(node_modules|\.output|\.wxt|\.git|demo-screens|test-results|bench\/tmp|store)\/|(^|\/)\.env|\.(key|pem|crt|p12|pfx|log)$|^test\/e2e\/certs\//;
  // Spelled in two parts so this file does not match itself.
  const privateKey = new RegExp(['PRIVATE', 'KEY-----'].join(' '));
  for (const entry of entries) {
    if (local.test(entry.name)) problems.push(`${file}: ${entry.name} is private or local and must not be shipped`);
    else if (privateKey.test(entry.read().toString('latin1'))) problems.push(`${file}: ${entry.name} holds a private key`);
  }
}

checkExtension(`${name}-${version}-chrome.zip`, 'chrome');
checkExtension(`${name}-${version}-firefox.zip`, 'firefox');
checkSources(`${name}-${version}-sources.zip`);

if (problems.length) {
  console.error(`The store packages are not ready:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Store packages checked: ${name}-${version}-chrome.zip, -firefox.zip and -sources.zip`);
