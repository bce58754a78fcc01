import type { Language, SidebarView } from '../lib/core/view';
import { strings } from './strings';

export type Conflict = NonNullable<SidebarView['deadline']['conflict']>;

/**
 * The shop's page and the person name different deadlines: both dates, and the person says which
 * holds. Shown the same in the sidebar and the popup.
 */
export function DeadlineConflict({ conflict, language, onChoose }: { conflict: Conflict; language: Language; onChoose: (pageDate: string, keep: 'page' | 'user') => void }) {
  const t = strings(language);
  const page = conflict.pageDateText[language];
  const user = conflict.userDateText[language];
  return (
    <div class="notice notice--warning" role="group" data-testid="vinkje-deadline-conflict">
      <p>{t.deadlineConflict(page, user)}</p>
      <button type="button" data-testid="vinkje-deadline-keep-page" onClick={() => onChoose(conflict.pageDate, 'page')}>
        {t.keepShopDate(page)}
      </button>{' '}
      <button type="button" data-testid="vinkje-deadline-keep-user" onClick={() => onChoose(conflict.pageDate, 'user')}>
        {t.keepMyDate(user)}
      </button>
    </div>
  );
}
