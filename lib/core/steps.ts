/**
 * The state of the 7 steps for one institution, derived from the stored progress. The user's hand tick
 * wins over what was seen; a later step that is done implies the earlier ones (an order in Bestelhistorie
 * means the cart was claimed and checked), and step 7 is done when 1–6 are each done or skipped.
 */
import { STEP, type AccountProgress, type Evidence, type InstitutionProgress, type StepId, type StepState } from './progress';

export interface StepView {
  step: StepId;
  state: StepState;
  evidence: Evidence | null;
  /** true when the state comes from the user's hand tick. */
  manual: boolean;
}

/**
 * Which later steps, when done, imply an earlier one: anything further proves the login and the claim,
 * but only a placed order proves the quantities were checked (a reference can be typed before checking).
 * Step 4 (reference) is optional: it is skipped instead, see below.
 */
const { login, claimCart, checkQuantities, reference, placeOrder, approve, complete } = STEP;
const IMPLIED_BY: Partial<Record<StepId, readonly StepId[]>> = {
  [login]: [claimCart, checkQuantities, reference, placeOrder, approve],
  [claimCart]: [checkQuantities, reference, placeOrder, approve],
  [checkQuantities]: [placeOrder, approve],
  [placeOrder]: [approve],
};
/** The steps that are seen or ticked; `complete` follows from them. */
const TRACKED = [login, claimCart, checkQuantities, reference, placeOrder, approve] as const;

/** Step 1 is about the login, which is the same for every institution of the account. */
export function loginStepDone(account: AccountProgress): boolean {
  return account.login !== null && account.primaryContact !== false;
}

export function stepStates(inst: InstitutionProgress, account: AccountProgress): StepView[] {
  const views = new Map<StepId, StepView>();
  // Latest first: a later step that is done explains an earlier one (IMPLIED_BY).
  for (const step of [...TRACKED].reverse()) views.set(step, automaticOrManual(step, inst, account, views));

  const firstSix = TRACKED.map((s) => views.get(s) as StepView);
  const allDone = firstSix.every((v) => v.state !== 'todo');
  const latest = firstSix
    .map((v) => v.evidence)
    .filter((e): e is Evidence => e !== null)
    .sort((a, b) => b.at - a.at)[0];
  const seven: StepView = {
    step: complete,
    state: allDone ? 'done' : 'todo',
    evidence: allDone && latest ? { at: latest.at, page: latest.page, what: 'Registratie afgerond' } : null,
    manual: false,
  };
  return [...firstSix, seven];
}

function automaticOrManual(
  step: Exclude<StepId, typeof STEP.complete>,
  inst: InstitutionProgress,
  account: AccountProgress,
  later: Map<StepId, StepView>,
): StepView {
  const own = step === login ? (loginStepDone(account) ? account.login : null) : (inst.evidence[step] ?? null);
  const override = inst.overrides[step];
  if (override) return { step, state: override.state, evidence: own, manual: true };
  if (own) return { step, state: 'done', evidence: own, manual: false };

  if (step === reference) {
    if (inst.referenceDeclinedAt !== null) {
      return { step, state: 'skipped', evidence: { at: inst.referenceDeclinedAt, page: 'cart', what: 'Geen referentie nodig' }, manual: false };
    }
    // Once the order is placed a reference can no longer be added: the step is over without one.
    const placed = later.get(placeOrder);
    if (placed?.state === 'done') {
      const at = placed.evidence?.at ?? inst.placedAt ?? 0;
      return { step, state: 'skipped', evidence: { at, page: placed.evidence?.page ?? 'thank-you', what: 'Bestelling geplaatst zonder referentie' }, manual: false };
    }
    return { step, state: 'todo', evidence: null, manual: false };
  }

  // The nearest later step that is done; its evidence explains this one.
  const implier = (IMPLIED_BY[step] ?? []).map((s) => later.get(s)).find((v) => v?.state === 'done');
  if (implier) return { step, state: 'done', evidence: implier.evidence, manual: false };
  return { step, state: 'todo', evidence: null, manual: false };
}

export function stepState(inst: InstitutionProgress, account: AccountProgress, step: StepId): StepView {
  return stepStates(inst, account).find((v) => v.step === step) as StepView;
}

/** The first step that is neither done nor skipped; 7 when the registration is complete. */
export function currentStep(inst: InstitutionProgress, account: AccountProgress): StepId {
  return stepStates(inst, account).find((v) => v.state === 'todo')?.step ?? complete;
}

export function isComplete(inst: InstitutionProgress, account: AccountProgress): boolean {
  return currentStep(inst, account) === complete;
}

/** Its order was seen with status Open and step 6 (approve) is not done or skipped yet. */
export function waitsForApproval(inst: InstitutionProgress, account: AccountProgress): boolean {
  return inst.orderStatus === 'open' && stepState(inst, account, approve).state === 'todo';
}
