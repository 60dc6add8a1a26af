// Every language Haven's front end speaks. Adding one is a JSON file beside en.json
// (same keys; missing ones fall back to English) and one line here.
export { default as en } from "./en.json";
export { default as de } from "./de.json";
export { default as nl } from "./nl.json";
export { default as fr } from "./fr.json";
