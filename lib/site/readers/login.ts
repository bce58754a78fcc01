/**
 * The login page (Inloggen): its form.
 */

import type { PageObservation } from '../../core/observation';
import type { PageContext } from '../context';
import { hasVisiblePassword } from '../dom/visibility';

export function readLogin(ctx: PageContext, obs: PageObservation): void {
  if (!hasVisiblePassword(ctx.root)) obs.unread.push('inlogformulier niet gevonden');
}
