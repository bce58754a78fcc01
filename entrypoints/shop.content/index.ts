import { defineContentScript } from 'wxt/utils/define-content-script';
import sidebarCss from '../../components/sidebar.css?inline';
import { takeSnapshot } from '../../lib/content/page-snapshot';
import { watchPresses, type PressWatch } from '../../lib/content/press-watcher';
import { watchPage } from '../../lib/content/page-watcher';
import { askBackground, BackgroundError, type ClientProblem } from '../../lib/content/background-client';
import { MIN_WIDTH_FOR_MARGIN_PX, PANEL_ATTRIBUTE } from '../../lib/content/page-layout';
import { panelRoom } from '../../lib/content/panel-room';
import { mountShadowHost, takePlacedHost } from '../../lib/content/mount';
import { SHOP_PAGES } from '../../lib/content/shop-pages';
import { listenForSidebarToggle } from '../../lib/content/sidebar-toggle';
import { keepMounted } from '../../lib/content/keep-mounted';
import { extensionContextGone, runtime } from '../../lib/content/extension-api';
import { afterPageLoad } from '../../lib/content/after-load';
import { staticPanel } from '../../lib/content/static-panel';
import { interactiveOnIntent } from '../../lib/content/interactive-takeover';
import { offeredInteractiveSidebar, type InteractiveSidebar } from '../../lib/content/sidebar-ui-script';
import type { ScriptContext } from '../../lib/content/script-context';
import type { ContentMessage, SidebarAction, SidebarHtml } from '../../lib/messages';
import type { Language, SidebarView } from '../../lib/core/view';

export default defineContentScript({
  matches: SHOP_PAGES,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // The build gives content scripts a lean context (build/native-browser.ts): only ScriptContext is there.
  main(ctx: ScriptContext) {
    // The host, and with it the panel's room, has been on the page since document start
    // (entrypoints/room.content.ts), so the shop was laid out with that room from its first layout and
    // its buttons do not move after the load (where a person may already be clicking). A copy that
    // is stopped takes its host, and so the room, away.
    const host = takePlacedHost(document);
    ctx.onInvalidated(() => host.remove());
    // A press on a shop button is heard at once, even while the page still loads: a claimed cart
    // must be known as claimed though the panel is not there yet. Until it is, the press is only told.
    const presses = watchPresses(
      document,
      (target) => void askBackground({ type: 'observe-page', snapshot: takeSnapshot(document, location.href, Date.now(), target) }).catch(() => undefined),
      ctx.signal,
    );
    // The shop's own page load comes first: Vinkje starts once the page has loaded, so it never
    // delays the load event (the benchmark's page-load ratio).
    afterPageLoad(document, window, () => start(ctx, host, presses), ctx.signal);
  },
});

/**
 * Mounts the sidebar, hands the page to the background and keeps both in step with it. The reading
 * itself happens in the extension's own document (lib/background/page-reader.ts), and the background
 * draws the sidebar as HTML: the shop's page pays for copying its HTML and showing the drawn panel.
 * The interactive sidebar (Preact) is loaded only when the person reaches for the panel.
 */
function start(ctx: ScriptContext, placed: HTMLElement, presses: PressWatch): void {
  const { host, container, remove } = mountShadowHost(document, placed, sidebarCss);
  const shadow = host.shadowRoot as ShadowRoot;

  // The page makes room for the open panel (documented in the README); nothing else of the page changes.
  const room = panelRoom(host);

  // On a narrow window the open panel would squeeze the shop: start as the tab unless opened here.
  const narrow = window.matchMedia(`(max-width: ${MIN_WIDTH_FOR_MARGIN_PX}px)`);
  let openedHere = false;
  const isOwnNode = (node: Node) => node === host || host.contains(node);
  let view: SidebarView | null = null;
  let html: SidebarHtml | null = null;
  let problem: ClientProblem | null = null;
  // The panel's frame at once where its room is made: not on a narrow window, nor for a person who
  // keeps it collapsed (the host started as the tab, lib/content/mount.ts), where it starts as the tab.
  const pending = !narrow.matches && host.getAttribute(PANEL_ATTRIBUTE) !== 'collapsed';
  // The last view's language: a problem after it is told in that language.
  let language: Language = 'nl';
  let interactive: InteractiveSidebar | null = null;
  const drawn = staticPanel(document, container);

  const shownCollapsed = () => Boolean(view && (view.collapsed || (narrow.matches && !openedHere)));
  const draw = () => {
    const shown = view && { ...view, collapsed: shownCollapsed() };
    if (interactive) interactive.draw({ view: shown, page: shown?.page ?? 'unknown', problem, onAction: (a) => void act(a), pending });
    else if (shown && html) drawn.showHtml(shown.collapsed ? html.collapsed : html.open, problem, language);
    else drawn.showFrame({ pending, problem, language });
    // As the sidebar is drawn; until the background answers, the room made at the start stays.
    if (shown) room.show(shown.collapsed ? 'collapsed' : 'open');
    else if (problem) room.show('open');
  };

  // A page that keeps changing things Vinkje does not read gets the same view back: not drawn again.
  let drawnView = '';
  const send = async (message: ContentMessage) => {
    try {
      const answer = await askBackground(message);
      const signature = JSON.stringify(answer.view);
      if (signature === drawnView && problem === null) return;
      drawnView = signature;
      ({ view, html } = answer);
      language = answer.view.language;
      problem = null;
      draw();
      // A view the background could not draw is drawn by the interactive sidebar, at once.
      if (!html) takeover.now();
    } catch (error) {
      drawnView = '';
      problem = error instanceof BackgroundError ? error.problem : 'unavailable';
      draw();
    }
  };
  const act = (action: SidebarAction) => {
    if (action.type === 'set-collapsed') openedHere = !action.collapsed;
    return send({ type: 'sidebar-action', action, url: location.href });
  };

  const controller = new AbortController();
  const takeover = interactiveOnIntent({
    root: shadow,
    container,
    focused: () => shadow.activeElement,
    load: async () => {
      if (offeredInteractiveSidebar()) return true;
      try {
        await runtime()?.sendMessage({ type: 'load-sidebar-ui' } satisfies ContentMessage);
      } catch {
        return false;
      }
      return offeredInteractiveSidebar() !== undefined;
    },
    mount: () => {
      const mountInteractive = offeredInteractiveSidebar();
      if (!mountInteractive || interactive) return;
      interactive = mountInteractive({ container, doc: document, isOwnNode });
      draw();
    },
    signal: controller.signal,
  });

  draw();

  ctx.onInvalidated(() => {
    controller.abort();
    interactive?.unmount();
    remove();
  });
  // The keyboard command: open or close the panel as it is shown now.
  listenForSidebarToggle(() => void act({ type: 'set-collapsed', collapsed: !shownCollapsed() }), controller.signal);
  keepMounted({ doc: document, host, mayReturn: () => !extensionContextGone(), signal: controller.signal });
  watchPage({
    doc: document,
    take: () => takeSnapshot(document, location.href, Date.now()),
    onChange: (snapshot) => void send({ type: 'observe-page', snapshot }),
    isOwnNode,
    signal: controller.signal,
  });
  // A button or link pressed: if it claims a prepared cart ("Toevoegen aan winkelwagen"), the cart the
  // shop opens next is that institution's, even when the cart page does not name it. The page reader
  // tells; the shop's own click goes on untouched.
  presses.handleWith((target) => {
    if (!host.contains(target)) void send({ type: 'observe-page', snapshot: takeSnapshot(document, location.href, Date.now(), target) });
  });
  // Another tab may have moved progress on: refresh the view when this tab comes back.
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'visible') void send({ type: 'view', url: location.href });
    },
    { signal: controller.signal },
  );
}
