/** The export as a file the person keeps: named by the day, saved through the browser's download. */
import { isoDay, localDateOf } from '../../lib/core/amsterdam-time';

/** "vinkje-export-2025-12-04.json", by the calendar day in the Netherlands. */
export function exportFileName(now: number): string {
  return `vinkje-export-${isoDay(localDateOf(now))}.json`;
}

/** "vinkje-apart-progress-2026.json": a record set aside, named after where it came from. */
export function asideFileName(record: { table: string; key: string }): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]+/gu, '_').slice(0, 40);
  return `vinkje-apart-${safe(record.table)}-${safe(record.key)}.json`;
}

export function exportFileText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Offers the data as a download; nothing leaves the computer. */
export function downloadJson(data: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([exportFileText(data)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; it can go once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
