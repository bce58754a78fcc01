/**
 * The message boundary: who sent it, is it well-formed, and what that sender may ask. Shop tabs may
 * only record what they saw, ask for the view and record step choices made in the sidebar; the
 * extension's own pages may also read the overview and change settings or data. A rejected message
 * is logged and answered with an error, never acted on.
 */
import { contentMessageSchema, pageMessageSchema, type PageAnswer, type PageMessage, type PageSnapshot, type SidebarHtml } from '../messages';
import type { PageObservation } from '../core/observation';
import type { SidebarView } from '../core/view';
import { MAX_MESSAGE_SIZE, MAX_PAGE_MESSAGE_SIZE, MAX_SNAPSHOT_MESSAGE_SIZE, exceedsSize } from './message-size';
import { classifySender, type SenderLike } from './sender';
import type { Service } from './service';
import { PAGE_REPORT_SCRIPT } from '../content/page-report-script';
import { SIDEBAR_UI_SCRIPT } from '../content/sidebar-ui-script';

/** The files the background runs in a shop frame when the content script asks. */
export type OnDemandScript = typeof PAGE_REPORT_SCRIPT | typeof SIDEBAR_UI_SCRIPT;

/** A view for a shop tab comes with its sidebar drawn, where the background can draw it. */
export type ViewAnswer = { ok: true; view: SidebarView; html?: SidebarHtml };

export type Answer = ViewAnswer | { ok: true; injected: true } | PageAnswer;

export interface PagesApi {
  /** Answers a page's message; a refused request comes back as { ok: false, error, reasons }, its reasons in Dutch and English. */
  answer(message: PageMessage): Promise<PageAnswer>;
}

export interface RouterContext {
  extensionId: string;
  extensionOrigin: string;
  log: (message: string, detail?: unknown) => void;
  /** Runs a script the content script loads on demand in that frame of that tab, beside the content script. */
  injectScript?: (tabId: number, frameId: number, file: OnDemandScript) => Promise<void>;
  /** Reads a page snapshot in the extension's own document (page-reader.ts). */
  readSnapshot?: (snapshot: PageSnapshot) => Promise<PageObservation>;
  /** Draws the sidebar of a view as HTML (components/sidebar-html.tsx), so the shop's page need not. */
  drawSidebar?: (view: SidebarView) => SidebarHtml;
}

export async function routeMessage(
  service: Service,
  pages: PagesApi,
  raw: unknown,
  sender: SenderLike,
  ctx: RouterContext,
): Promise<Answer> {
  const kind = classifySender(sender, ctx.extensionId, ctx.extensionOrigin);
  if (kind === 'rejected') {
    ctx.log('Vinkje: message from an unknown sender rejected', { id: sender.id, url: sender.url });
    return { ok: false, error: 'sender rejected' };
  }
  if (exceedsSize(raw, sizeBudget(raw, kind))) {
    ctx.log('Vinkje: oversized message rejected');
    return { ok: false, error: 'message too large' };
  }
  try {
    const content = contentMessageSchema.safeParse(raw);
    if (content.success) {
      const message = content.data;
      const tabId = sender.tab?.id;
      switch (message.type) {
        case 'observe-page':
          if (kind !== 'shop-tab') return reject(ctx, 'observations come from shop tabs only');
          if (!ctx.readSnapshot) return reject(ctx, 'no page reader');
          return withSidebar(ctx, await service.observe(await ctx.readSnapshot(message.snapshot), tabId));
        case 'observe':
          if (kind !== 'shop-tab') return reject(ctx, 'observations come from shop tabs only');
          return withSidebar(ctx, await service.observe(message.observation, tabId));
        case 'view':
          return withSidebar(ctx, await service.currentView(tabId));
        case 'sidebar-action':
          return withSidebar(ctx, await service.sidebarAction(message.action, tabId));
        case 'load-page-report':
        case 'load-sidebar-ui':
          if (kind !== 'shop-tab' || tabId === undefined || !ctx.injectScript) return reject(ctx, 'scripts load into shop tabs only');
          await ctx.injectScript(tabId, sender.frameId ?? 0, message.type === 'load-page-report' ? PAGE_REPORT_SCRIPT : SIDEBAR_UI_SCRIPT);
          return { ok: true, injected: true };
      }
    }
    const page = pageMessageSchema.safeParse(raw);
    if (page.success) {
      if (kind !== 'extension-page') return reject(ctx, 'this message is for the extension’s own pages only');
      return await pages.answer(page.data);
    }
    ctx.log('Vinkje: malformed message rejected', content.error.issues.slice(0, 3));
    return { ok: false, error: 'malformed message' };
  } catch (error) {
    ctx.log('Vinkje: message failed', error);
    return { ok: false, error: 'failed' };
  }
}

/**
 * A drawing that fails still leaves the view: the shop's page then loads the interactive sidebar and
 * draws it there, so a person is never left without the panel.
 */
function withSidebar(ctx: RouterContext, view: SidebarView): ViewAnswer {
  if (!ctx.drawSidebar) return { ok: true, view };
  try {
    return { ok: true, view, html: ctx.drawSidebar(view) };
  } catch (error) {
    ctx.log('Vinkje: the sidebar could not be drawn here', error);
    return { ok: true, view };
  }
}

/** A page snapshot carries the page's HTML; every other message from a shop tab is small. */
function sizeBudget(raw: unknown, kind: 'shop-tab' | 'extension-page'): number {
  if (kind === 'extension-page') return MAX_PAGE_MESSAGE_SIZE;
  const type = raw !== null && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  return type === 'observe-page' ? MAX_SNAPSHOT_MESSAGE_SIZE : MAX_MESSAGE_SIZE;
}

function reject(ctx: RouterContext, error: string): Answer {
  ctx.log(`Vinkje: rejected: ${error}`);
  return { ok: false, error };
}
