/**
 * Walks up the composed tree from `start` (exclusive): parent nodes, and from a shadow root to
 * its host. Needed because a primitive inside a widget's shadow root must follow the widget's
 * language, direction and senior mode, which `Element.closest()` cannot see across the boundary.
 */
export function* composedAncestors(start: Node): Generator<Element> {
  let node: Node | null = start.parentNode ?? (start instanceof ShadowRoot ? start.host : null);
  while (node) {
    if (node instanceof Element) yield node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
}

/** The first of `start` and its composed ancestors that matches `test`. */
export function closestComposed(start: Element, test: (element: Element) => boolean): Element | undefined {
  if (test(start)) return start;
  for (const element of composedAncestors(start)) if (test(element)) return element;
  return undefined;
}
