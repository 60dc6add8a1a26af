// Haven's front end: one ES module that defines the sidebar panel and the Lovelace cards.
// HA loads it for the panel (panel_custom module_url) and on every page for the cards
// (frontend extra module URL).

import { localizerFor } from "./i18n";
import { CARD_TYPES } from "./cards/cards";
import { whenDefined } from "./components/define";
import "./panel";

void whenDefined();

interface CustomCardEntry {
  type: string;
  name: string;
  description: string;
  preview?: boolean;
  documentationURL?: string;
}

declare global {
  interface Window {
    customCards?: CustomCardEntry[];
  }
}

const l = localizerFor(navigator.language);
window.customCards = window.customCards ?? [];
for (const card of CARD_TYPES) {
  if (!window.customCards.some((c) => c.type === card.type)) {
    window.customCards.push({
      type: card.type,
      name: l(`card.${card.key}_name`),
      description: l(`card.${card.key}_description`),
      preview: true,
      documentationURL: "https://github.com/haven-home/haven",
    });
  }
}
