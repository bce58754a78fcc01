/**
 * Where a script the background runs on demand (scripting.executeScript shares the content script's
 * isolated world, never the page's) leaves what it brings, and where the content script finds it:
 * one name on that world's global.
 */
export function onDemandSlot<T>(name: string, isValid: (value: unknown) => value is T) {
  return {
    /** Called by the on-demand script once it runs. */
    offer(value: T, scope: object = globalThis): void {
      (scope as Record<string, unknown>)[name] = value;
    },
    /** What the script left here, if it ran in this world. */
    offered(scope: object = globalThis): T | undefined {
      const found = (scope as Record<string, unknown>)[name];
      return isValid(found) ? found : undefined;
    },
  };
}
