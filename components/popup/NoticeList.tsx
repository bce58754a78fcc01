import type { Language, Notice } from '../../lib/core/view';
import { byLevel, levelLabel } from './labels';

/** Notices, most urgent first; the level is said in words as well as shown in colour. */
export function NoticeList({ notices, language, label }: { notices: readonly Notice[]; language: Language; label?: string }) {
  if (notices.length === 0) return null;
  return (
    <ul class="notices" aria-label={label}>
      {byLevel(notices).map((n, i) => (
        <li key={`${n.id}-${i}`} class={`notice notice--${n.level}`} data-notice={n.id} data-level={n.level}>
          <strong>{levelLabel(n.level, language)}:</strong> {n.text[language]}
        </li>
      ))}
    </ul>
  );
}
