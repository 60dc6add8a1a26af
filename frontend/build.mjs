// Bundles Haven's front end with esbuild.
//   node build.mjs          -> ../custom_components/haven/www/haven.js (the shipped bundle)
//   node build.mjs --tests  -> dist-test/*.test.mjs (unit tests for `node --test`)
//   node build.mjs --dev    -> dev/dist/dev.js (the development harness, never shipped)
import { build } from "esbuild";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";

const common = {
  bundle: true,
  format: "esm",
  target: "es2021",
  legalComments: "eof",
  logLevel: "warning",
};

const mode = process.argv[2];
if (mode === "--tests") {
  rmSync("dist-test", { recursive: true, force: true });
  const entries = readdirSync("test").filter((f) => f.endsWith(".test.ts"));
  await build({
    ...common,
    entryPoints: entries.map((f) => `test/${f}`),
    outdir: "dist-test",
    outExtension: { ".js": ".mjs" },
    platform: "node",
    external: ["node:*"],
  });
} else if (mode === "--dev") {
  await build({
    ...common,
    entryPoints: ["dev/main.ts"],
    outfile: "dev/dist/dev.js",
    sourcemap: true,
  });
} else {
  const outfile = "../custom_components/haven/www/haven.js";
  await build({ ...common, entryPoints: ["src/haven.ts"], outfile, minify: true });
  const raw = readFileSync(outfile);
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`haven.js: ${raw.length} bytes raw, ${gz} bytes gzip`);
  if (gz > 100 * 1024) {
    console.error("haven.js is over the 100 KB gzip budget");
    process.exit(1);
  }
}
