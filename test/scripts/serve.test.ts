import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require('../../scripts/serve.js') as { startServer: (o: { root: string; port: number }) => Promise<{ url: string; close: () => Promise<void> }> };

function get(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    }).on('error', reject);
  });
}

test('GET /%00 is a 400 and the server keeps serving; pages carry a CSP restricting scripts and images', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-serve-'));
  fs.writeFileSync(path.join(root, 'taskpane.html'), '<!DOCTYPE html><p>x</p>');
  const server = await startServer({ root, port: 0 });
  try {
    expect((await get(`${server.url}%00`)).status).toBe(400);
    expect((await get(`${server.url}a%00b.html`)).status).toBe(400);
    const page = await get(`${server.url}taskpane.html`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'.*img-src 'self'/);
  } finally {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('help.html, the pane and the WPS index.html declare a CSP for scripts and images', () => {
  const root = path.join(__dirname, '..', '..');
  for (const page of ['src/taskpane/help.html', 'src/taskpane/taskpane.html']) {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(fs.readFileSync(path.join(root, page), 'utf8'))?.[1];
    expect(csp).toMatch(/(script-src|default-src) 'self'/);
    expect(csp).toMatch(/img-src 'self'/);
  }
  expect(fs.readFileSync(path.join(root, 'scripts/package-wps.js'), 'utf8')).toMatch(/Content-Security-Policy" content="script-src \\'self\\'/);
});
