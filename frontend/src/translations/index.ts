// Every language Haven's front end speaks. Adding one is a JSON file beside en.json
// (same keys; missing ones fall back to English) and one line here.
export { default as en } from "./en.json";
export { default as cs } from "./cs.json";
export { default as da } from "./da.json";
export { default as de } from "./de.json";
export { default as es } from "./es.json";
export { default as fr } from "./fr.json";
export { default as it } from "./it.json";
export { default as nb } from "./nb.json";
export { default as nl } from "./nl.json";
export { default as pl } from "./pl.json";
export { default as "pt-BR" } from "./pt-BR.json";
export { default as sv } from "./sv.json";
