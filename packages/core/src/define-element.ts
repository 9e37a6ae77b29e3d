/**
 * Defines a custom element unless that name is taken — two bundles on one county page that
 * both carry core must not throw.
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor)
}
