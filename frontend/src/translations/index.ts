// Every language Haven's front end speaks. Adding one is a JSON file beside en.json
// (same keys; missing ones fall back to English) and one line here.
export { default as en } from "./en.json";
export { default as da } from "./da.json";
export { default as nb } from "./nb.json";
