// Define a custom element once: HA may load Haven's module for the panel and for the cards,
// and a user may have added it as a dashboard resource too — a second define would throw.
export function define(tag: string) {
  return (cls: CustomElementConstructor): void => {
    if (!customElements.get(tag)) {
      customElements.define(tag, cls);
    }
  };
}
