/**
 * Brings the drawn panel to a new drawing in place: an element that is still there (same tag at the
 * same place) is kept and only its attributes and text change. A press that started on a button
 * before the new view came still ends on that button, and the focus stays where it was.
 */
function sameKind(a: Node, b: Node): boolean {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

function morphNode(current: Node, next: Node): void {
  if (current.nodeType !== 1) {
    if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
    return;
  }
  const el = current as Element;
  const wanted = next as Element;
  for (const name of el.getAttributeNames()) if (!wanted.hasAttribute(name)) el.removeAttribute(name);
  for (const name of wanted.getAttributeNames()) {
    const value = wanted.getAttribute(name) as string;
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  morphChildren(el, Array.from(wanted.childNodes));
}

/** Makes `parent`'s children look like `next` (nodes of another document are moved in where new). */
export function morphChildren(parent: Node, next: Node[]): void {
  next.forEach((node, i) => {
    const current = parent.childNodes[i];
    if (current && sameKind(current, node)) morphNode(current, node);
    else if (current) parent.replaceChild(node, current);
    else parent.appendChild(node);
  });
  while (parent.childNodes.length > next.length) parent.removeChild(parent.lastChild as Node);
}
