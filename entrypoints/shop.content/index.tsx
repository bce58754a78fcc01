import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import sidebarCss from '../../components/sidebar.css?inline';
import { Sidebar, type SidebarProps } from '../../components/Sidebar';
import { pressedControl, takeSnapshot } from '../../lib/content/page-snapshot';
import { watchPage } from '../../lib/content/page-watcher';
import { askBackground, BackgroundError } from '../../lib/content/background-client';
import { MIN_WIDTH_FOR_MARGIN_PX } from '../../lib/content/page-layout';
import { createLayoutStyle, type LayoutStyle } from '../../lib/content/layout-style';
import { mountShadowHost } from '../../lib/content/mount';
import { pageReportActions } from '../../lib/content/page-report-actions';
import { listenForSidebarToggle } from '../../lib/content/sidebar-toggle';
import { keepMounted } from '../../lib/content/keep-mounted';
import { englishTextsLoader } from '../../lib/content/english-texts-loader';
import { extensionContextGone } from '../../lib/content/extension-api';
import { afterPageLoad } from '../../lib/content/after-load';
import type { ScriptContext } from '../../lib/content/script-context';
import type { ContentMessage, SidebarAction } from '../../lib/messages';
import type { SidebarView } from '../../lib/core/view';

export default defineContentScript({
  matches: ['https://*.slbdiensten.nl/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // The build gives content scripts a lean context (build/native-browser.ts): only ScriptContext is there.
  main(ctx: ScriptContext) {
    // Room for the panel is made at once, so the page is laid out with it while it loads and the shop's
    // buttons do not move after the load (where a person may already be clicking).
    const layoutStyle = createLayoutStyle(document);
    layoutStyle.show('open');
    ctx.onInvalidated(() => layoutStyle.remove());
    // The shop's own page load comes first: Vinkje starts once the page has loaded, so it never
    // delays the load event (the benchmark's page-load ratio).
    afterPageLoad(document, window, () => start(ctx, layoutStyle), ctx.signal);
  },
});

/**
 * Mounts the sidebar, hands the page to the background and keeps both in step with it. The reading
 * itself happens in the extension's own document (lib/background/page-reader.ts): the shop's page
 * pays only for copying its HTML.
 */
function start(ctx: ScriptContext, layoutStyle: LayoutStyle): void {
  const { host, container, remove } = mountShadowHost(document, sidebarCss);

  // The page makes room for the open panel (documented in the README); nothing else of the page changes.
  const layout = layoutStyle.element;

  // On a narrow window the open panel would squeeze the shop: start as the tab unless opened here.
  const narrow = window.matchMedia(`(max-width: ${MIN_WIDTH_FOR_MARGIN_PX}px)`);
  let openedHere = false;
  const isOwnNode = (node: Node) => node === host || host.contains(node) || node === layout || layout.contains(node);
  // The panel's frame at once where its room is made (not on a narrow window, where it starts as the tab).
  let props: SidebarProps = { view: null, page: 'unknown', problem: null, onAction: (a) => void act(a), pageReport: pageReportActions(document, isOwnNode), pending: !narrow.matches };
  const shownCollapsed = () => Boolean(props.view && (props.view.collapsed || (narrow.matches && !openedHere)));
  // Drawn with the view's language: until English has arrived, the sidebar draws in Dutch.
  const loadEnglish = englishTextsLoader(() => draw());
  const draw = () => {
    const view = props.view && { ...props.view, collapsed: shownCollapsed() };
    if (view) loadEnglish(view.language);
    render(<Sidebar {...props} view={view} />, container);
    // As Sidebar draws it; until the background answers, the room made at the start stays.
    if (view) layoutStyle.show(view.collapsed ? 'collapsed' : 'open');
    else if (props.problem) layoutStyle.show('open');
  };
  const update = (patch: Partial<SidebarProps>) => {
    props = { ...props, ...patch };
    draw();
  };
  // A page that keeps changing things Vinkje does not read gets the same view back: not drawn again.
  let drawnView = '';
  const showView = (view: SidebarView) => {
    const signature = JSON.stringify(view);
    if (signature === drawnView && props.problem === null) return;
    drawnView = signature;
    update({ view, page: view.page, problem: null });
  };

  const send = async (message: ContentMessage) => {
    try {
      showView(await askBackground(message));
    } catch (error) {
      drawnView = '';
      update({ problem: error instanceof BackgroundError ? error.problem : 'unavailable' });
    }
  };
  const act = (action: SidebarAction) => {
    if (action.type === 'set-collapsed') openedHere = !action.collapsed;
    return send({ type: 'sidebar-action', action, url: location.href });
  };

  draw();

  const controller = new AbortController();
  ctx.onInvalidated(() => {
    controller.abort();
    render(null, container);
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
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target || host.contains(target) || !pressedControl(target)) return;
      void send({ type: 'observe-page', snapshot: takeSnapshot(document, location.href, Date.now(), target) });
    },
    { capture: true, signal: controller.signal },
  );
  // Another tab may have moved progress on: refresh the view when this tab comes back.
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'visible') void send({ type: 'view', url: location.href });
    },
    { signal: controller.signal },
  );
}
