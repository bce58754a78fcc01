/**
 * Reads a page snapshot (lib/content/page-snapshot.ts) as readPage reads the live page: the HTML is
 * parsed into an inert document (no scripts run, nothing loads), the fields get back what a person
 * typed or chose, and the element they pressed is found again by its position.
 */
import type { PageObservation } from '../core/observation';
import type { FieldState, PageSnapshot } from '../messages';
import { readClaimClick, readPage } from './read';
import { FIELD_SELECTOR } from './labels/structure';

/** Makes an inert document of HTML: DOMParser's `text/html` in a browser. */
export type ParseHtml = (html: string) => Document;

/**
 * A parser without scripting makes elements of what <noscript> holds, which the live page keeps as
 * text: emptied (the element itself stays, as in the page), so element and field positions match
 * the page's and no fallback text is read.
 */
function emptyNoscript(doc: Document): void {
  for (const el of Array.from(doc.getElementsByTagName('noscript'))) el.replaceChildren();
}

function restoreField(el: Element, state: FieldState): void {
  if (el.tagName.toUpperCase() !== state.tag) return; // the copy does not line up: keep what the HTML says
  if (state.tag === 'SELECT') {
    // Both the property and the attribute: the readers take the chosen option from either.
    Array.from(el.querySelectorAll('option')).forEach((option, i) => {
      const chosen = i === state.selected;
      (option as HTMLOptionElement).selected = chosen;
      if (chosen) option.setAttribute('selected', '');
      else option.removeAttribute('selected');
    });
  } else if (state.checked !== undefined) {
    (el as HTMLInputElement).checked = state.checked;
  } else if (state.value !== undefined) {
    (el as HTMLInputElement | HTMLTextAreaElement).value = state.value;
  }
}

/** Everything Vinkje can read from the page the snapshot holds. Never throws. */
export function readSnapshot(snapshot: PageSnapshot, parse: ParseHtml): PageObservation {
  let doc: Document;
  try {
    doc = parse(snapshot.html);
    emptyNoscript(doc);
    const fields = doc.querySelectorAll(FIELD_SELECTOR);
    for (const state of snapshot.fields) {
      const el = fields[state.at];
      if (el) restoreField(el, state);
    }
  } catch {
    // An unparsable page reads as an empty one: readPage says what it missed.
    doc = parse('');
  }
  const observation = readPage(doc, snapshot.url, snapshot.seenAt);
  if (snapshot.truncated) observation.unread.push('pagina te groot: alleen het begin gelezen');
  if (snapshot.clicked) {
    const target = doc.querySelectorAll('*')[snapshot.clicked.at];
    const claiming = target && target.tagName.toUpperCase() === snapshot.clicked.tag ? readClaimClick(doc, snapshot.url, target) : null;
    if (claiming) observation.claiming = claiming;
  }
  return observation;
}
