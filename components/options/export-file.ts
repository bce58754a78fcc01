/** The export as a file the person keeps: named by the day, saved through the browser's download. */
import { isoDay, localDateOf } from '../../lib/core/amsterdam-time';

/** "vinkje-export-2025-12-04.json", by the calendar day in the Netherlands. */
export function exportFileName(now: number): string {
  return `vinkje-export-${isoDay(localDateOf(now))}.json`;
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
