#!/usr/bin/env node
/**
 * A small static server for dist/, on this machine only (127.0.0.1).
 *
 *   node scripts/serve.js [--port=3000] [--https] [--root=dist]
 *
 * --https uses the Office add-in development certificate (office-addin-dev-certs, installed with
 * office-addin-debugging): desktop Excel loads add-ins only over https. Without it, plain http for
 * the browser demo. Also used by the end-to-end test (startServer with port 0).
 */
'use strict';

const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Sent with every page as well as the pages' own <meta>: scripts and images only from this server,
 * no frames or connections to other sites.
 */
const PAGE_CSP = "script-src 'self'; img-src 'self' data:; frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";

function parseArgs(argv) {
  const out = {};
  for (const a of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (m) out[m[1]] = m[2] === undefined ? true : m[2];
  }
  return out;
}

/** The file a URL path names inside root, or undefined when it would leave root. */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  // A NUL byte makes fs throw synchronously (ERR_INVALID_ARG_VALUE), which would end the server.
  if (decoded.includes('\0')) return undefined;
  const file = path.normalize(path.join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

function handler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveFile(root, req.url || '/');
    if (!file) {
      res.writeHead(400).end('bad path');
      return;
    }
    const headers = /\.html$/i.test(file) ? { 'Content-Security-Policy': PAGE_CSP } : {};
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`找不到 ${req.url}`);
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-cache',
        ...headers,
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
}

async function httpsOptions() {
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    throw new Error('需要 office-addin-dev-certs（随 office-addin-debugging 安装）才能以 https 提供加载项：请先运行 npm install。');
  }
  return devCerts.getHttpsServerOptions();
}

/** Starts the server; resolves with its URL and a close function. Port 0 picks a free port. */
async function startServer({ root = path.join(ROOT, 'dist'), port = 3000, host = '127.0.0.1', secure = false } = {}) {
  const absRoot = path.resolve(root);
  if (!fs.existsSync(path.join(absRoot, 'taskpane.html'))) {
    throw new Error(`${path.relative(ROOT, absRoot) || absRoot} 中没有构建结果：请先运行 npm run build。`);
  }
  const server = secure ? https.createServer(await httpsOptions(), handler(absRoot)) : http.createServer(handler(absRoot));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  const url = `${secure ? 'https' : 'http'}://${secure ? 'localhost' : host}:${actual}/`;
  return { server, url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const port = args.port !== undefined ? Number(args.port) : Number(process.env.PORT || 3000);
  const { url } = await startServer({ root: args.root ? path.resolve(args.root) : undefined, port, secure: Boolean(args.https) });
  console.log(`预算公开助手已在本机启动：${url}`);
  console.log(`  演示（模拟工作簿 + 任务窗格）：${url}demo.html`);
  console.log(`  任务窗格：${url}taskpane.html`);
  console.log('按 Ctrl+C 停止。');
}

module.exports = { startServer, resolveFile, PAGE_CSP };

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
