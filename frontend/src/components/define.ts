// Defining Haven's custom elements, once, in the registry HA's front end uses.
//
// HA loads Haven's module on every page (for the cards) in parallel with its own app, and
// its app replaces `window.customElements` with a scoped-registry polyfill when it starts.
// Elements defined before that land in the browser's registry, which HA no longer reads:
// a dashboard opened directly then shows "Custom element doesn't exist" (a race that
// depends on which download finishes first). So definitions wait until HA's own
// <home-assistant> element is defined (at once when it already is: the panel, a card
// added later; and on pages without it: the development harness).
//
// HA may also load the module for the panel and the cards, and a user may have added it
// as a dashboard resource too: a second definition would throw, so each tag is defined once.

const pending: [string, CustomElementConstructor][] = [];
let ready = false;

function registry(): CustomElementRegistry {
  // Read each time: HA's polyfill replaces window.customElements.
  return window.customElements;
}

function flush(): void {
  for (const [tag, cls] of pending.splice(0)) {
    if (!registry().get(tag)) {
      registry().define(tag, cls);
    }
  }
}

function homeAssistantIsReady(): boolean {
  return !document.querySelector("home-assistant") || registry().get("home-assistant") !== undefined;
}

/** Define the element now if HA's front end is ready, else as soon as it is. */
export function define(tag: string) {
  return (cls: CustomElementConstructor): void => {
    pending.push([tag, cls]);
    if (ready || homeAssistantIsReady()) {
      ready = true;
      flush();
    }
  };
}

/** Resolves once every element is defined (they are, unless HA's app is still starting). */
export function whenDefined(): Promise<void> {
  if (ready || homeAssistantIsReady()) {
    ready = true;
    flush();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const check = (): void => {
      if (homeAssistantIsReady()) {
        ready = true;
        flush();
        resolve();
      } else {
        window.setTimeout(check, 25);
      }
    };
    check();
  });
}
