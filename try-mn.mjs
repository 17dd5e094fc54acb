import puppeteer from 'puppeteer-core';
import http from 'node:http';
import net from 'node:net';
const seen=[];
const srv = http.createServer((req,res)=>{seen.push('server '+req.url);res.end('<p>hi</p>')}).listen(0);
const port = srv.address().port;
const MPORT = 28000 + Math.floor(Math.random()*1000);
const browser = await puppeteer.launch({browser:'firefox', executablePath: process.env.FF, headless:true, defaultViewport:null, args:['-remote-allow-system-access','-marionette'], extraPrefsFirefox: {'marionette.port': MPORT}});
await browser.installExtension('/tmp/leak');
// marionette client
const sock = net.connect(MPORT, '127.0.0.1');
let buf = '';
const waiters = new Map(); let hello;
const helloP = new Promise(r => hello = r);
sock.on('data', d => { buf += d.toString('utf8');
  for (;;) { const i = buf.indexOf(':'); if (i < 0) break; const n = Number(buf.slice(0,i)); if (buf.length < i+1+n) break; const msg = JSON.parse(buf.slice(i+1,i+1+n)); buf = buf.slice(i+1+n);
    if (!Array.isArray(msg)) hello(msg); else waiters.get(msg[1])?.(msg); } });
let id = 0;
const send = (name, params) => new Promise(r => { const m = ++id; waiters.set(m, r); const s = JSON.stringify([0, m, name, params]); sock.write(Buffer.byteLength(s) + ':' + s); });
console.log(await helloP);
console.log(JSON.stringify(await send('WebDriver:NewSession', {})).slice(0,200));
console.log(JSON.stringify(await send('Marionette:SetContext', {value:'chrome'})));
console.log(JSON.stringify(await send('WebDriver:ExecuteScript', {script: `
  globalThis.__seen = [];
  Services.obs.addObserver((subject) => {
    const ch = subject.QueryInterface(Ci.nsIHttpChannel);
    const li = ch.loadInfo; const p = li.triggeringPrincipal;
    globalThis.__seen.push(ch.URI.spec + ' trig=' + (p.addonId || '') + (p.isExpandedPrincipal ? ' exp:' + p.allowlist.map(a => a.addonId).join(',') : ''));
  }, 'http-on-modify-request'); return 'ok';`, args: []})));
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/page`);
await new Promise(r=>setTimeout(r,2000));
console.log(JSON.stringify(await send('WebDriver:ExecuteScript', {script: 'return globalThis.__seen', args: []})));
console.log(seen.join('\n'));
sock.destroy(); await browser.close(); srv.close();
