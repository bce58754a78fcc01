// @ts-check
/**
 * Size of the built content script per browser: raw and gzip (level 9) of every JS and CSS file the
 * manifest injects. The sidebar's CSS is inlined in the JS (imported with ?inline into the shadow
 * root), so the CSS figure is the source stylesheet's size, already counted inside the JS.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** @param {Buffer | string} data */
const gzip = (data) => zlib.gzipSync(data, { level: 9 }).length;

/** @param {string} outputDir e.g. .output/chrome-mv3 @param {string} sidebarCss the source stylesheet */
export function measureContentScript(outputDir, sidebarCss) {
  const manifest = JSON.parse(fs.readFileSync(path.join(outputDir, 'manifest.json'), 'utf8'));
  /** @type {{ js?: string[], css?: string[] }[]} */
  const scripts = manifest.content_scripts ?? [];
  const files = (/** @type {'js' | 'css'} */ key) => scripts.flatMap((s) => s[key] ?? []).map((f) => fs.readFileSync(path.join(outputDir, f)));
  const total = (/** @type {Buffer[]} */ list) => ({ raw: list.reduce((s, b) => s + b.length, 0), gzip: list.reduce((s, b) => s + gzip(b), 0) });
  const css = fs.readFileSync(sidebarCss);
  /** @param {string} name */
  const onDemand = (name) => {
    const file = path.join(outputDir, name);
    return fs.existsSync(file) ? total([fs.readFileSync(file)]) : null;
  };
  return {
    js: total(files('js')),
    // Run in a shop frame only when the person asks for a page report (lib/content/page-report-script.ts).
    onDemandPageReport: onDemand('page-report.js'),
    // Run in a shop frame only when the person reaches for the panel (lib/content/sidebar-ui-script.ts).
    onDemandSidebarUi: onDemand('sidebar-ui.js'),
    css: total(files('css')),
    inlinedSidebarCss: { raw: css.length, gzip: gzip(css) },
  };
}
