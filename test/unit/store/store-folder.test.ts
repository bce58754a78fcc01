import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pngSize } from './png';

const root = new URL('../../../', import.meta.url);
const text = (file: string) => fs.readFileSync(new URL(file, root), 'utf8');
const size = (file: string) => pngSize(fs.readFileSync(new URL(file, root)));

// The permissions the manifest asks for, read from the config that writes it.
const config = text('wxt.config.ts');
const quoted = (list: string | undefined) => [...(list ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
const permissions = [...quoted(/\bPERMISSIONS = \[([^\]]*)\]/.exec(config)?.[1]), ...quoted(/CHROME_ONLY_PERMISSIONS = \[([^\]]*)\]/.exec(config)?.[1])];
const hosts = quoted(/host_permissions: \[([^\]]*)\]/.exec(config)?.[1]);

describe('store/ holds what a store reviewer asks for', () => {
  it.each([
    ['store/listing-nl.md', 'Eén doel', 'Wat Vinkje doet', 'Wat Vinkje niet doet', 'Waarom elke toestemming'],
    ['store/listing-en.md', 'Single purpose', 'What it does', 'What it does not do', 'Why each permission'],
  ])('%s: single purpose, what it does and does not, and a reason for every permission', (file, ...headings) => {
    const listing = text(file);
    for (const heading of headings) expect(listing).toContain(`## ${heading}`);
    expect(permissions.length).toBeGreaterThan(0);
    const table = listing.split('\n').filter((line) => line.startsWith('| '));
    for (const permission of [...permissions, ...hosts]) {
      const row = table.find((line) => line.includes(`\`${permission}\``));
      expect(row, `${file} explains ${permission}`).toBeDefined();
      // A reason, not just the name.
      expect((row ?? '').split('|')[2]?.trim().length ?? 0).toBeGreaterThan(40);
    }
  });

  it.each([
    ['store/listing-nl.md', 'nl'],
    ['store/listing-en.md', 'en'],
  ])('%s: names and describes Vinkje exactly as the %s manifest does', (file, locale) => {
    const messages = JSON.parse(text(`public/_locales/${locale}/messages.json`)) as Record<string, { message: string }>;
    const listing = text(file);
    expect(listing).toContain(`:** ${messages.extName?.message}\n`);
    expect(listing).toContain(`:** ${messages.extDescription?.message}\n`);
  });

  it('has a privacy policy in Dutch and English: nothing leaves the device, what is kept, how long, how to delete', () => {
    const policy = text('store/privacy.md');
    for (const phrase of ['## Nederlands', 'Er verlaat niets je apparaat', 'Wat Vinkje op je apparaat bewaart', 'Hoe lang', 'Wissen']) {
      expect(policy).toContain(phrase);
    }
    for (const phrase of ['## English', 'Nothing leaves your device', 'What Vinkje keeps on your device', 'For how long', 'Deleting']) {
      expect(policy).toContain(phrase);
    }
  });

  it('has one to five screenshots of 1280×800 and a 440×280 promo tile', () => {
    const shots = fs.readdirSync(new URL('store/screenshots/', root)).filter((f) => f.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(1);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const shot of shots) expect(size(`store/screenshots/${shot}`), shot).toEqual({ width: 1280, height: 800 });
    expect(size('store/promo-tile-440x280.png')).toEqual({ width: 440, height: 280 });
  });
});

describe('the release files', () => {
  const { version } = JSON.parse(text('package.json')) as { version: string };

  it('has a licence', () => {
    expect(text('LICENSE')).toMatch(/^MIT License/);
  });

  it('versions as <licence year>.<release>.<fix>, which every browser accepts', () => {
    const parts = version.split('.').map(Number);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toBeGreaterThanOrEqual(2026);
    // A manifest version is at most four integers, each at most 65535.
    for (const part of parts) expect(Number.isInteger(part) && part >= 0 && part <= 65535).toBe(true);
  });

  it('has a changelog section for the current version', () => {
    expect(text('CHANGELOG.md')).toContain(`## ${version}`);
  });

  it('tells a reviewer how to build, with the Node version the lockfile was made with', () => {
    const sources = text('SOURCES.md');
    expect(sources).toMatch(/Node\.js 20\.\d+\.\d+/);
    expect(sources).toContain('npm ci');
    expect(sources).toContain('npm run build:firefox');
  });
});
