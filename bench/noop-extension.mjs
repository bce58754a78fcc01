// @ts-check
/**
 * The physical limit every figure is judged against: an extension that does nothing, with the same
 * content-script matches and run_at as the built one and an empty script. Whatever Chromium charges
 * any content script (the isolated world, injection, the extension process) shows up in it too, so
 * Vinkje minus no-op is what Vinkje itself costs. Generated into a temp dir, never committed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** @param {string} extensionDir the built extension whose content scripts are copied in shape @returns {string} */
export function makeNoopExtension(extensionDir) {
  const built = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  /** @type {{ matches: string[], run_at?: string, all_frames?: boolean, world?: string }[]} */
  const scripts = built.content_scripts ?? [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinkje-bench-noop-'));
  fs.writeFileSync(path.join(dir, 'noop.js'), '// intentionally empty\n');
  const manifest = {
    manifest_version: 3,
    name: 'No-op content script',
    version: '1.0.0',
    host_permissions: built.host_permissions ?? [],
    content_scripts: scripts.map((s) => ({
      matches: s.matches,
      ...(s.run_at ? { run_at: s.run_at } : {}),
      ...(s.all_frames ? { all_frames: s.all_frames } : {}),
      ...(s.world ? { world: s.world } : {}),
      js: ['noop.js'],
    })),
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}
