// Every language Haven's front end speaks. Adding one is a JSON file beside en.json
// (same keys; missing ones fall back to English) and one line here.
export { default as en } from "./en.json";
export { default as es } from "./es.json";
export { default as it } from "./it.json";
export { default as "pt-BR" } from "./pt-BR.json";
