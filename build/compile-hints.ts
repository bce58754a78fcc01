/**
 * V8 compiles a function lazily: the script's first compile only pre-parses it, and its first call
 * parses it again in full and compiles it there and then. Almost every function of the content
 * scripts runs while the shop's page loads, so each was parsed twice, on the page's main thread, in
 * small pieces between the page's own work. V8's explicit compile hint, the magic comment
 * `//# allFunctionsCalledOnLoad` at the top of a script (Chrome 136 and later), has it compile them
 * all in the script's first compile instead. Firefox does not know the comment and ignores it.
 *
 * Only the content scripts: the popup, options and background are not on the shop's page, and the
 * interactive sidebar loads only when a person reaches for it, when much of it is not needed.
 */
import type { InlineConfig, Plugin } from 'vite';
import { isContentScriptBuild, type EntrypointLike } from './native-browser';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

interface ChunkLike {
  type: string;
  isEntry?: boolean;
  code?: string;
}

/** The hint on the first line of every entry chunk of the build. */
export function compileEagerly(): Plugin {
  return {
    name: 'vinkje:compile-eagerly',
    enforce: 'post',
    // After minification, which would drop the comment.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle) as ChunkLike[]) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || chunk.code === undefined) continue;
        if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
  };
}

export function compileContentScriptsEagerly(entrypoints: readonly EntrypointLike[], config: InlineConfig): void {
  if (!isContentScriptBuild(entrypoints)) return;
  config.plugins = [...(config.plugins ?? []), compileEagerly()];
}
