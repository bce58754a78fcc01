/**
 * The content script's only way to the background. Knows the two kinds of failure a person must hear
 * about: the extension was updated or reloaded under an open tab, or the background did not answer.
 */
import { runtime } from './extension-api';
import type { ContentMessage, SidebarHtml } from '../messages';
import type { SidebarView } from '../core/view';

export type ClientProblem = 'reload-needed' | 'unavailable';

export class BackgroundError extends Error {
  constructor(readonly problem: ClientProblem, cause: unknown) {
    super(problem, { cause });
  }
}

function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated|extension context|receiving end does not exist|can't find context|message manager disconnected/i.test(message);
}

/**
 * How long the sidebar waits for the background. A service worker that hangs (or a Firefox event
 * page stuck in start-up) would otherwise leave the panel silent forever; a person must be told.
 */
export const ANSWER_TIMEOUT_MS = 10_000;

function withinTime<T>(answer: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer in time')), ANSWER_TIMEOUT_MS);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

/** The view, and its sidebar drawn as HTML where the background could draw it. */
export interface ViewAndSidebar {
  view: SidebarView;
  html: SidebarHtml | null;
}

export async function askBackground(message: ContentMessage): Promise<ViewAndSidebar> {
  try {
    // runtime.id disappears when the extension was reloaded while this tab stayed open.
    const api = runtime();
    if (!api?.id) throw new Error('Extension context invalidated');
    const answer = (await withinTime(api.sendMessage(message))) as { ok: true; view: SidebarView; html?: SidebarHtml } | { ok: false; error: string } | undefined;
    if (!answer || !answer.ok) throw new Error(answer?.error ?? 'no answer');
    const html = answer.html && typeof answer.html.open === 'string' && typeof answer.html.collapsed === 'string' ? answer.html : null;
    return { view: answer.view, html };
  } catch (error) {
    throw new BackgroundError(isContextInvalidated(error) ? 'reload-needed' : 'unavailable', error);
  }
}
