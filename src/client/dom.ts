// Small DOM helpers. Text always goes through textContent, never innerHTML, so plan text
// (which may contain "<", "&" or quotes) is shown as written and can never inject markup.

/** Something `el` can take as a child: a node, text (escaped), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Attribute values; functions under `on…` names become event listeners. */
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/**
 * Creates an element: `el('button', { class: 'action', onclick: save }, [label])`.
 * `true` sets a boolean attribute, `false`/null/undefined leave it out.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children to a node; strings and numbers become text nodes. */
function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of a node. */
export function replaceChildren(parent: Node, children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}
