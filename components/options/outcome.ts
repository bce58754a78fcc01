import type { LocalText } from '../../lib/core/format';

/** What a change on the options page came to, for the section that asked; reasons in both languages, shown in the chosen one. */
export type Outcome = { ok: true } | { ok: false; errors: LocalText[] };
