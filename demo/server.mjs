// A small static server for the demo and the end-to-end tests: serves the repo
// root (demo/, dist/, test/pages/), with per-page headers such as a strict CSP.
// Usage: node demo/server.mjs [port]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.argv[2] ?? process.env.PORT ?? 5173);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  // Scripts go out without a charset, as a standard server sends them: on a GB2312 page the browser
  // then decodes them in the page's encoding, which is what Wza must survive (issue 9).
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
};

/** Pages whose name says they need a strict Content Security Policy get one (SPEC §4). */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self' data: blob:; require-trusted-types-for 'script'";

/** Extra routes tests need (e.g. a fake remote speech service); filled in by test helpers. */
export const routes = new Map();

/** A short WAV (a 0.2 s tone): what a remote speech service returns, for data-tts-url tests and demos. */
export function toneWav(seconds = 0.2, rate = 8000) {
  const samples = Math.round(seconds * rate);
  const buf = Buffer.alloc(44 + samples * 2);
  buf.write('RIFF', 0);
  buf.writeUInt32LE(36 + samples * 2, 4);
  buf.write('WAVEfmt ', 8);
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20); // PCM
  buf.writeUInt16LE(1, 22); // mono
  buf.writeUInt32LE(rate, 24);
  buf.writeUInt32LE(rate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36);
  buf.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) buf.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000), 44 + i * 2);
  return buf;
}

// A stand-in remote speech service: /tts?text=…&lang=…&rate=… answers with a short tone.
routes.set('/tts', (_req, res) => {
  const wav = toneWav();
  res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': wav.length, 'cache-control': 'no-store' });
  res.end(wav);
});

export function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = routes.get(url.pathname);
  if (route) return route(req, res, url);
  let path = decodeURIComponent(url.pathname);
  if (path === '/') {
    res.writeHead(302, { location: '/demo/' });
    return res.end();
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile() || file.includes('node_modules')) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  // Old government pages are saved (and served) as GB2312: name them *.gb2312.html.
  const type = file.endsWith('.gb2312.html') ? 'text/html; charset=gb2312' : TYPES[extname(file)];
  const headers = { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-store' };
  if (/csp/i.test(path) && extname(file) === '.html') headers['content-security-policy'] = STRICT_CSP;
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}

export function start(listenPort = port) {
  const server = createServer(handle);
  return new Promise((done) => server.listen(listenPort, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await start();
  console.log(`Wza demo: http://127.0.0.1:${port}/  (English page: http://127.0.0.1:${port}/demo/english.html)`);
}
