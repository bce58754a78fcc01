/**
 * The first run: when Vinkje is installed (not updated, not when the browser starts), open its
 * welcome page in a new tab, unless the organisation's IT switched that off by policy. On an update
 * nothing opens: the popup's own welcome stays for whoever opens it later.
 */
export const WELCOME_PAGE = '/welcome.html';

export interface InstalledDetails {
  reason: string;
}

export interface FirstRunDeps {
  openTab: (url: string) => Promise<unknown>;
  pageUrl: (path: typeof WELCOME_PAGE) => string;
  /** True when a managed setting says not to open the welcome page. */
  welcomeSuppressed: () => Promise<boolean>;
}

export async function welcomeOnInstall(details: InstalledDetails | undefined, deps: FirstRunDeps): Promise<boolean> {
  if (details?.reason !== 'install') return false;
  if (await deps.welcomeSuppressed()) return false;
  await deps.openTab(deps.pageUrl(WELCOME_PAGE));
  return true;
}
