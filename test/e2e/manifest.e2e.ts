import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserName, extensionDir } from './setup';

const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe(`the built manifest asks for nothing more than it needs (${browserName})`, () => {
  it('has exactly the allowed permissions and host patterns', () => {
    // offscreen: Chrome's page reader (its service worker has no DOM); Firefox reads in its background page.
    const expected = ['alarms', 'notifications', 'scripting', 'storage', ...(browserName === 'chromium' ? ['offscreen'] : [])].sort();
    expect([...(manifest.permissions as string[])].sort()).toEqual(expected);
    expect(manifest.host_permissions).toEqual(['https://*.slbdiensten.nl/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    const scripts = manifest.content_scripts as Array<{ matches: string[] }>;
    // The host at document start and the rest at document_idle: both on the shop's pages only.
    for (const script of scripts) expect(script.matches).toEqual(['https://*.slbdiensten.nl/*']);
    // Nothing of the extension is exposed to web pages, and no page may message it.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('is Manifest V3 with the store metadata each browser needs', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.default_locale).toBe('nl');
    expect(Object.keys(manifest.icons as object).sort()).toEqual(['128', '16', '32', '48', '96']);
    if (browserName === 'firefox') {
      const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
      expect(gecko.id).toBe('vinkje@vinkje.nl');
      expect(gecko.strict_min_version).toBe('140.0');
      expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
      expect((manifest.background as { scripts: string[] }).scripts).toHaveLength(1);
      // The button sits in the toolbar from the start, where the deadline badge is seen.
      expect((manifest.action as { default_area?: string }).default_area).toBe('navbar');
    } else {
      // What school IT may set by policy is described to Chrome and Edge.
      const schemaFile = (manifest.storage as { managed_schema: string }).managed_schema;
      const schema = JSON.parse(fs.readFileSync(path.join(extensionDir, schemaFile), 'utf8')) as { properties: object };
      expect(Object.keys(schema.properties).sort()).toEqual(['campaignDates', 'language', 'notificationsEnabled', 'openWelcomePage', 'reminderHour', 'reminderLeadDays']);
      expect((manifest.background as { service_worker: string }).service_worker).toBe('background.js');
    }
    // No remote code: every script the manifest names is a file inside the package.
    for (const file of [...(manifest.content_scripts as Array<{ js: string[] }>).flatMap((s) => s.js)]) {
      expect(fs.existsSync(path.join(extensionDir, file))).toBe(true);
    }
  });

  it('has the shop page compile its content scripts at once, not each function at its first call', () => {
    // V8's explicit compile hint (build/compile-hints.ts) must be the first line; the minifier keeps no comment.
    const files = (manifest.content_scripts as Array<{ js: string[] }>).flatMap((s) => s.js);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(fs.readFileSync(path.join(extensionDir, file), 'utf8').split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  });
});
