import { useState } from 'preact/hooks';
import type { Language } from '../../lib/core/view';
import type { PopupInstitution } from '../../lib/messages';
import { popupStrings } from './popup-strings';

export type InstitutionChoice = { type: 'set-taking-part'; key: string; takingPart: boolean } | { type: 'forget-institution'; key: string };

/**
 * Per school: "does not take part this year" (and undo), and removing it from Vinkje, which asks
 * first because its progress is gone afterwards.
 */
export function TakingPart({ inst, language, onChoose }: { inst: PopupInstitution; language: Language; onChoose: (choice: InstitutionChoice) => void }) {
  const t = popupStrings(language);
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <div class="school__confirm" role="group" aria-label={t.removeQuestion(inst.name)}>
        <p>{t.removeQuestion(inst.name)}</p>
        <button type="button" class="danger" data-testid="vinkje-remove-confirm" onClick={() => onChoose({ type: 'forget-institution', key: inst.key })}>
          {t.removeYes}
        </button>{' '}
        <button type="button" onClick={() => setConfirming(false)}>
          {t.cancel}
        </button>
      </div>
    );
  }
  return (
    <div class="school__choices">
      {inst.takingPart ? (
        <button type="button" class="link" data-testid="vinkje-not-taking-part" onClick={() => onChoose({ type: 'set-taking-part', key: inst.key, takingPart: false })}>
          {t.notTakingPart}
          <span class="visually-hidden">{t.forSchool(inst.name)}</span>
        </button>
      ) : (
        <button type="button" class="link" data-testid="vinkje-taking-part" onClick={() => onChoose({ type: 'set-taking-part', key: inst.key, takingPart: true })}>
          {t.takingPartAfterAll}
          <span class="visually-hidden">{t.forSchool(inst.name)}</span>
        </button>
      )}{' '}
      <button type="button" class="link" data-testid="vinkje-remove" onClick={() => setConfirming(true)}>
        {t.remove}
        <span class="visually-hidden">{t.forSchool(inst.name)}</span>
      </button>
    </div>
  );
}
