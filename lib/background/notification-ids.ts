/**
 * Notification ids carry what a click needs (the page to open) and what clearing needs (the
 * institution and the event). Made and read only here: each part is encoded, so a key that
 * contains the separator (an institution called "A|B") cannot shift the others.
 */
import type { PageKind } from '../core/observation';

const PREFIX = 'vinkje';

export interface NotificationRef {
  target: PageKind;
  institutionKey: string | null;
  /** The event this notification is for (see eventKey). */
  key: string;
}

export function makeNotificationId(ref: NotificationRef): string {
  // The institution is encoded with a leading "=" when present, so null and "" stay apart.
  const institution = ref.institutionKey === null ? '' : `=${ref.institutionKey}`;
  return [PREFIX, ref.target, institution, ref.key].map(encodeURIComponent).join('|');
}

export function readNotificationId(id: string): NotificationRef | null {
  const parts = id.split('|');
  if (parts.length !== 4) return null;
  try {
    const [prefix, target, institution, key] = parts.map(decodeURIComponent) as [string, string, string, string];
    if (prefix !== PREFIX || !target) return null;
    return { target: target as PageKind, institutionKey: institution === '' ? null : institution.slice(1), key };
  } catch {
    return null; // not one of ours: a malformed escape
  }
}
