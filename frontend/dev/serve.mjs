// The harness's tiny server: the page for any /haven… URL, the bundle, the upload endpoints
// (201 with an id; 413 over 25 MB; 415 for types Haven refuses) and stored files (a made-up
// photo and a short tone). Listens on 127.0.0.1 only.
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const port = Number(process.env.PORT ?? 8765);
const MAX = 25 * 1024 * 1024;
let counter = 0;

function tone() {
  const rate = 8000, seconds = 1, n = rate * seconds;
  const buf = Buffer.alloc(44 + n * 2);
  buf.write("RIFF", 0); buf.writeUInt32LE(36 + n * 2, 4); buf.write("WAVE", 8); buf.write("fmt ", 12);
  buf.writeUInt32LE(16, 16); buf.writeUInt16LE(1, 20); buf.writeUInt16LE(1, 22); buf.writeUInt32LE(rate, 24);
  buf.writeUInt32LE(rate * 2, 28); buf.writeUInt16LE(2, 32); buf.writeUInt16LE(16, 34); buf.write("data", 36);
  buf.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) buf.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000), 44 + i * 2);
  return buf;
}
const PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="320" height="200" fill="#8d6e63"/><rect x="40" y="30" width="240" height="140" rx="8" fill="#eceff1"/><text x="160" y="95" font-family="sans-serif" font-size="20" text-anchor="middle" fill="#263238">RHEEM XE50</text><text x="160" y="125" font-family="sans-serif" font-size="14" text-anchor="middle" fill="#455a64">MFD 2019-04</text></svg>`;
const TYPES = { ".js": "text/javascript", ".map": "application/json", ".html": "text/html", ".json": "application/json" };

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "POST" && (url.pathname === "/api/haven/capture" || url.pathname === "/api/haven/document")) {
    if (req.headers.authorization !== "Bearer dev-token") {
      res.writeHead(401).end();
      return;
    }
    let size = 0;
    const chunks = [];
    req.on("data", (c) => {
      size += c.length;
      if (size <= MAX + 1024 * 1024) chunks.push(c);
    });
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("latin1");
      const json = (status, obj) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(obj));
      };
      if (size > MAX) return json(413, { code: "file_too_large", message: "The file is larger than 25 MB." });
      const type = /Content-Type: ([^\r\n]+)/i.exec(body.split('name="file"')[1] ?? "")?.[1];
      if (type && !/^(image\/|audio\/|application\/pdf)/.test(type)) {
        return json(415, { code: "file_type_not_allowed", message: "This kind of file is not accepted." });
      }
      if (!type && !/name="text"/.test(body)) return json(400, { code: "empty_capture", message: "A capture needs a file or some text." });
      counter += 1;
      json(201, url.pathname.endsWith("capture") ? { inbox_item_id: `inbox-dev-${counter}` } : { document_id: `doc-dev-${counter}` });
    });
    return;
  }
  if (url.pathname.startsWith("/api/haven/files/")) {
    if (url.searchParams.get("authSig") !== "dev") {
      res.writeHead(401).end();
      return;
    }
    if (url.pathname.endsWith("inbox-3")) {
      res.writeHead(200, { "content-type": "image/svg+xml" }).end(PHOTO);
    } else if (url.pathname.includes("/document/")) {
      res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4\n% dev placeholder\n");
    } else {
      res.writeHead(200, { "content-type": "audio/wav" }).end(tone());
    }
    return;
  }
  if (url.pathname.startsWith("/dev/") || url.pathname.startsWith("/node_modules/axe-core/")) {
    const file = join(root, url.pathname);
    if (file.startsWith(root) && existsSync(file)) {
      const ext = file.slice(file.lastIndexOf("."));
      res.writeHead(200, { "content-type": TYPES[ext] ?? "application/octet-stream" }).end(readFileSync(file));
      return;
    }
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": "text/html" }).end(readFileSync(join(root, "dev/index.html")));
}).listen(port, "127.0.0.1", () => console.log(`Haven harness on http://127.0.0.1:${port}/haven`));
