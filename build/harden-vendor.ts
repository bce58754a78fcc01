/**
 * Build-time hardening of two vendor code paths Vinkje never uses, so the shipped extension has no
 * HTML-parsing sink and no string evaluation (and web-ext lint has nothing to warn about):
 * - Preact's dangerouslySetInnerHTML assignment becomes a throw (lint forbids the prop anyway);
 * - zod's `new Function("")` probe for its JIT becomes "not allowed" (zod then validates without
 *   generating code, as under `jitless`).
 * If a dependency update moves these lines, the build fails here instead of shipping them silently.
 */
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  find: RegExp;
  replace: string;
}

const PATCHES: Patch[] = [
  {
    file: /node_modules\/preact\/dist\/preact\.mjs$/,
    find: /\((\w+)\.innerHTML=(\w+)\.__html\)/,
    replace: '(()=>{throw Error("dangerouslySetInnerHTML is disabled in Vinkje")})()',
  },
  {
    file: /node_modules\/zod\/v4\/core\/util\.js$/,
    find: /const F = Function;\s*new F\(""\);\s*return true;/,
    replace: 'return false;',
  },
];

export function hardenVendor(): Plugin {
  return {
    name: 'vinkje-harden-vendor',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.file.test(id.split('?')[0] ?? id));
      if (!patch) return null;
      if (!patch.find.test(code)) throw new Error(`harden-vendor: expected code not found in ${id}; review the patch`);
      return { code: code.replace(patch.find, patch.replace), map: null };
    },
  };
}
