/**
 * What the user tells Vinkje by hand: quantities checked, no reference needed, a step ticked or unticked,
 * whether an unclear order is the registration, an institution to forget. Pure, like applyObservation: the same object back when nothing changed.
 */
import { institutionAt, removeInstitution } from './institution-records';
import { answerPossibleOrder } from './registration-order';
import type { StepId, StepState, YearProgress } from './progress';
import { STEP } from './progress';

export type UserAction =
  | { type: 'confirm-quantities'; key: string }
  | { type: 'no-reference'; key: string }
  /** state null: back to what Vinkje saw. Step 7 is always derived and cannot be overridden. */
  | { type: 'override'; key: string; step: StepId; state: StepState | null }
  /** Not taking part this licence year (false), or taking part after all (true). */
  | { type: 'set-taking-part'; key: string; takingPart: boolean }
  | { type: 'forget-institution'; key: string }
  /** An order Vinkje could not tell apart ("mogelijk de registratie"): is it the registration? */
  | { type: 'answer-possible-order'; key: string; orderNumber: string; isRegistration: boolean };

export function applyUserAction(progress: YearProgress, action: UserAction, now: number): YearProgress {
  const current = institutionAt(progress, action.key);
  if (!current) return progress;

  switch (action.type) {
    case 'confirm-quantities': {
      if (current.evidence[STEP.checkQuantities]) return progress;
      const draft = structuredClone(progress);
      (institutionAt(draft, action.key) as typeof current).evidence[STEP.checkQuantities] = { at: now, page: 'cart', what: 'Aantallen gecontroleerd' };
      return draft;
    }
    case 'no-reference': {
      if (current.referenceDeclinedAt !== null) return progress;
      const draft = structuredClone(progress);
      (institutionAt(draft, action.key) as typeof current).referenceDeclinedAt = now;
      return draft;
    }
    case 'override': {
      if (action.step === STEP.complete) return progress;
      const existing = current.overrides[action.step];
      if (action.state === null ? !existing : existing?.state === action.state) return progress;
      const draft = structuredClone(progress);
      const overrides = (institutionAt(draft, action.key) as typeof current).overrides;
      if (action.state === null) delete overrides[action.step];
      else overrides[action.step] = { state: action.state, at: now };
      return draft;
    }
    case 'set-taking-part': {
      if (action.takingPart === (current.notTakingPartAt === undefined)) return progress;
      const draft = structuredClone(progress);
      const record = institutionAt(draft, action.key) as typeof current;
      if (action.takingPart) delete record.notTakingPartAt;
      else record.notTakingPartAt = now;
      return draft;
    }
    case 'answer-possible-order': {
      const draft = structuredClone(progress);
      const record = institutionAt(draft, action.key) as typeof current;
      return answerPossibleOrder(draft, record, action.orderNumber, action.isRegistration, now) ? draft : progress;
    }
    case 'forget-institution': {
      const draft = structuredClone(progress);
      removeInstitution(draft, action.key);
      if (draft.activeCartKey === action.key) {
        draft.activeCartKey = null;
        delete draft.activeCartSource;
      }
      if (draft.claimIntent?.key === action.key) delete draft.claimIntent;
      return draft;
    }
  }
}
