import type { Language, SidebarView } from '../lib/core/view';
import { STEP } from '../lib/core/progress';
import { strings } from './strings';

interface Props {
  steps: SidebarView['steps'];
  language: Language;
  onOverride: (step: number, state: 'todo' | 'done' | null) => void;
}

/** The 7 steps; each is a real checkbox so it can be read and ticked with the keyboard alone. */
export function StepList({ steps, language, onOverride }: Props) {
  const t = strings(language);
  return (
    <ol class="steps" aria-label={t.steps}>
      {steps.map((s) => {
        const ticked = s.state !== 'todo';
        const derived = s.step === STEP.complete;
        const id = `vinkje-step-${s.step}`;
        return (
          <li key={s.step} class={`step step--${s.state}`} data-step={String(s.step)} data-state={s.state}>
            <input
              id={id}
              type="checkbox"
              checked={ticked}
              disabled={derived}
              aria-describedby={`${id}-evidence`}
              onChange={() => onOverride(s.step, ticked ? 'todo' : 'done')}
            />
            <label for={id}>
              <span class="step__number">{s.step}.</span> {t.stepTitles[s.step]}
              <span class="visually-hidden"> ({t.stateNames[s.state]})</span>
            </label>
            <p id={`${id}-evidence`} class="step__evidence">
              {s.evidence ? `${s.evidence.what}${s.seenAt ? ` · ${s.seenAt[language]}` : ''}` : ''}
              {s.manual ? (
                <>
                  {' '}
                  <span class="badge">{t.manual}</span>{' '}
                  <button type="button" class="link" onClick={() => onOverride(s.step, null)}>
                    {t.backToAutomatic}
                  </button>
                </>
              ) : null}
              {s.state === 'skipped' && !s.manual ? <span class="badge">{t.stateNames.skipped}</span> : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
