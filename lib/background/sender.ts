/**
 * Who may talk to the background. A content script can be impersonated by a compromised page
 * renderer, so its messages are accepted only from this extension, from a tab on the shop's origin.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  /** The frame the message came from (0: the tab's top frame). */
  frameId?: number;
}

export const SHOP_HOST = /^(?:[a-z0-9-]+\.)*slbdiensten\.nl$/i;

export function isShopUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && SHOP_HOST.test(u.hostname);
  } catch {
    return false;
  }
}

export type SenderKind = 'shop-tab' | 'extension-page' | 'rejected';

export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'rejected';
  const url = sender.origin ?? sender.url;
  if (sender.tab && isShopUrl(sender.url) && (!sender.origin || isShopUrl(sender.origin + '/'))) return 'shop-tab';
  if (url && (url === extensionOrigin || url.startsWith(extensionOrigin + '/'))) return 'extension-page';
  return 'rejected';
}
