/**
 * Defines a custom element once. A second definition (the library loaded twice, or two
 * versions on one page) never throws: the first one wins and a console note says so.
 */
export function defineElement(name: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  if (registry.get(name)) {
    if (registry.get(name) !== ctor) {
      console.info(`[civic-widgets] <${name}> is already defined on this page; the first definition is kept.`);
    }
    return;
  }
  registry.define(name, ctor);
}
