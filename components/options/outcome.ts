/** What a change on the options page came to, for the section that asked. */
export type Outcome = { ok: true } | { ok: false; errors: string[] };
