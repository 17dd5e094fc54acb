import puppeteer from 'puppeteer-core';
import http from 'node:http';
const seen=[];
const srv = http.createServer((req,res)=>{seen.push('server '+req.url);res.end('<p>hi</p>')}).listen(0);
const port = srv.address().port;
const browser = await puppeteer.launch({browser:'firefox', executablePath: process.env.FF, headless:true, defaultViewport:null, args:['-remote-allow-system-access']});
await browser.installExtension('/tmp/leak');
const conn = browser.connection;
const tree = await conn.send('browsingContext.getTree', {'moz:scope':'chrome'});
const ctx = tree.result.contexts[0].context;
const r = await conn.send('script.evaluate', {expression: `
  globalThis.__seen = [];
  Services.obs.addObserver((subject) => {
    const ch = subject.QueryInterface(Ci.nsIHttpChannel);
    const li = ch.loadInfo;
    const p = li.triggeringPrincipal;
    globalThis.__seen.push(ch.URI.spec + ' trig=' + (p.addonId || '') + ' ' + (p.isExpandedPrincipal?'exp':'') + ' load=' + (li.loadingPrincipal ? li.loadingPrincipal.addonId : '-') + ' type=' + li.externalContentPolicyType);
  }, 'http-on-modify-request');
  'ok'`, target:{context:ctx}, awaitPromise:false});
console.log(JSON.stringify(r.result));
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/page`);
await new Promise(r=>setTimeout(r,2000));
const out = await conn.send('script.evaluate', {expression:'JSON.stringify(globalThis.__seen)', target:{context:ctx}, awaitPromise:false});
console.log(out.result.result.value);
console.log(seen.join('\n'));
await browser.close(); srv.close();
