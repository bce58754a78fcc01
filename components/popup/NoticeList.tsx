import type { Language, Notice } from '../../lib/core/view';
import { byLevel, dismissLabel, levelLabel } from './labels';

/**
 * Notices, most urgent first; the level is said in words as well as shown in colour. A notice that
 * only informs may carry a button to hide it, when the caller can act on that.
 */
export function NoticeList({
  notices,
  language,
  label,
  onDismiss,
}: {
  notices: readonly Notice[];
  language: Language;
  label?: string;
  onDismiss?: (id: string) => void;
}) {
  if (notices.length === 0) return null;
  return (
    <ul class="notices" aria-label={label}>
      {byLevel(notices).map((n, i) => (
        <li key={`${n.id}-${i}`} class={`notice notice--${n.level}`} data-notice={n.id} data-level={n.level}>
          <strong>{levelLabel(n.level, language)}:</strong> {n.text[language]}
          {n.dismissible && onDismiss ? (
            <>
              {' '}
              <button type="button" class="link" data-testid="vinkje-dismiss-notice" onClick={() => onDismiss(n.id)}>
                {dismissLabel(language)}
              </button>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
