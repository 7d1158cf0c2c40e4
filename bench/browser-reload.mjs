// Measures what an author sees: a page open in a real (headless) Chromium while `spoilergen serve` runs, a file saved
// by a real editor, and the time from the save to the browser's reloaded page showing the new text.
//
//   node --experimental-websocket bench/browser-reload.mjs PAGE_URL SOURCE_FILE [EDITS] [MODE]
//
// MODE is how the file is saved: `vim` (vim's own write, which renames over the file by default: a new inode),
// `vim-inplace` (vim with backupcopy=yes: the file written in place), `sed` (sed -i: a new file renamed over) or
// `append` (the shell's >>: written in place). Prints each edit's milliseconds and the median.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [pageUrl, source, editsText = '5', mode = 'vim'] = process.argv.slice(2);
const edits = Number(editsText);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = 9300 + Math.floor(Math.random() * 500);
const profile = mkdtempSync(join(tmpdir(), 'reload-bench-'));
const browser = spawn(chromium, ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

let target;
for (let i = 0; i < 200 && !target; i++) {
  try { target = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()).find(t => t.type === 'page'); } catch { await sleep(100); }
}
const socket = new WebSocket(target.webSocketDebuggerUrl);
await new Promise(resolve => socket.addEventListener('open', resolve));
let nextId = 0;
const pending = new Map();
const loads = [];
socket.addEventListener('message', event => {
  const message = JSON.parse(event.data);
  if (message.id && pending.has(message.id)) { pending.get(message.id)(message.result); pending.delete(message.id); }
  if (message.method === 'Page.loadEventFired') loads.push(performance.now());
});
const send = (method, params = {}) => new Promise(resolve => { const id = ++nextId; pending.set(id, resolve); socket.send(JSON.stringify({ id, method, params })); });
const text = async () => (await send('Runtime.evaluate', { expression: 'document.body ? document.body.innerText : ""', returnByValue: true })).result.value;

await send('Page.enable');
await send('Page.navigate', { url: pageUrl });
for (let i = 0; i < 600 && !(await text()).length; i++) await sleep(50);
await sleep(1000);

const save = (marker) => {
  const line = `${marker} is new text.`;
  switch (mode) {
    case 'vim': execFileSync('vim', ['-u', 'NONE', '-n', '-es', '-c', `normal Go${line}`, '-c', 'wq', source]); break;
    case 'vim-inplace': execFileSync('vim', ['-u', 'NONE', '-n', '-es', '-c', 'set backupcopy=yes', '-c', `normal Go${line}`, '-c', 'wq', source]); break;
    case 'sed': execFileSync('sed', ['-i', `$a ${line}`, source]); break;
    default: execFileSync('sh', ['-c', `printf '\\n%s\\n' '${line}' >> '${source}'`]);
  }
};

const times = [];
for (let i = 1; i <= edits; i++) {
  const marker = `ReloadEdit${Date.now()}x${i}`;
  const before = loads.length;
  const start = performance.now();
  save(marker);
  let shown = false;
  while (performance.now() - start < 60000) {
    if (loads.length > before && (await text()).includes(marker)) { shown = true; break; }
    await sleep(5);
  }
  const reload = loads.length > before ? loads[loads.length - 1] - start : NaN;
  times.push(shown ? reload : NaN);
  console.log(`${mode} save ${i}: ${shown ? `reloaded and shown ${Math.round(reload)} ms after the save` : 'NOT shown within 60 s'}`);
  await sleep(1500);
}
const sorted = times.filter(Number.isFinite).sort((a, b) => a - b);
console.log(`${mode}: median ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms over ${sorted.length} of ${edits} saves`);
socket.close();
browser.kill();
