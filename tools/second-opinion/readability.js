// Annals: a second opinion on article bodies, from Mozilla's Readability.js.
// Copyright (C) 2026 the Annals authors. GPL-3.0-or-later (see LICENSE).
//
// usage: node readability.js EXTRACTION_DIR OUT_DIR [SUBFOLDER...]
//   EXTRACTION_DIR  the shared test sets' data/extraction folder
//   OUT_DIR         where the texts go: OUT_DIR/<path under EXTRACTION_DIR>.txt, .gz dropped and
//                   .html made .txt, as `annals eval extraction SET --against OUT_DIR` reads them
//   SUBFOLDER       the set folders to read (default: htmldate-eval naeb-newspaper4k
//                   readability-testpages trafilatura-eval; the Zyte pages are scored, never tuned
//                   on, so they are read only when named)
// Each page's text is its Readability.js article, one paragraph per block element, parted by blank
// lines; a page Readability.js finds no article in gives an empty file. A page that cannot be read
// or parsed is reported on stderr and skipped; the run goes on. Exit code 1 when any page failed.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const BLOCKS = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,pre,td,th,figcaption,dd,dt';
const DEFAULT_SETS = ['htmldate-eval', 'naeb-newspaper4k', 'readability-testpages', 'trafilatura-eval'];

function pages(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      pages(p, out);
    } else if (/\.html?(\.gz)?$/i.test(entry.name) && !/^expected\.html/i.test(entry.name)) {
      out.push(p);
    }
  }
  return out.sort();
}

function text(html) {
  const dom = new JSDOM(html, { url: 'https://example.invalid/', virtualConsole: new VirtualConsole() });
  try {
    const article = new Readability(dom.window.document).parse();
    if (!article || !article.content) {
      return '';
    }
    const content = new JSDOM(article.content);
    try {
      const blocks = [];
      for (const e of content.window.document.body.querySelectorAll(BLOCKS)) {
        if (!e.querySelector(BLOCKS)) {
          const t = e.textContent.replace(/\s+/g, ' ').trim();
          if (t) blocks.push(t);
        }
      }
      return blocks.length ? blocks.join('\n\n') : (article.textContent || '').trim();
    } finally {
      content.window.close();
    }
  } finally {
    dom.window.close();
  }
}

/** Extracts `files` (paths under `root`) into `outDir`; returns [done, failed]. */
function extractAll(root, outDir, files) {
  let done = 0;
  let failed = 0;
  for (const page of files) {
    const rel = path.relative(root, page).replace(/\.gz$/i, '').replace(/\.html?$/i, '.txt');
    const target = path.join(outDir, rel);
    try {
      let bytes = fs.readFileSync(page);
      if (/\.gz$/i.test(page)) bytes = zlib.gunzipSync(bytes);
      const body = text(bytes.toString('utf8'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, body);
      done++;
    } catch (e) {
      console.error(`${page}: ${String(e.message).split('\n')[0]}; skipped`);
      failed++;
    }
  }
  return [done, failed];
}

// jsdom keeps memory across documents even when their windows are closed, so a long run goes out
// of memory: the pages are done in batches, each in a child process of its own.
const BATCH = 40;

function main(argv) {
  if (argv[0] === '--child') {
    const [, root, outDir, ...files] = argv;
    const [done, failed] = extractAll(root, outDir, files);
    process.stdout.write(`${done} ${failed}\n`);
    return 0;
  }
  if (argv.length < 2) {
    console.error('usage: node readability.js EXTRACTION_DIR OUT_DIR [SUBFOLDER...]');
    return 2;
  }
  const [root, outDir, ...sets] = argv;
  let done = 0;
  let failed = 0;
  for (const set of sets.length ? sets : DEFAULT_SETS) {
    const dir = path.join(root, set);
    if (!fs.existsSync(dir)) {
      console.error(`${dir}: no such folder; give the shared data/extraction folder and a set folder in it`);
      failed++;
      continue;
    }
    const all = pages(dir);
    for (let i = 0; i < all.length; i += BATCH) {
      const batch = all.slice(i, i + BATCH);
      const child = spawnSync(process.execPath, [__filename, '--child', root, outDir, ...batch], {
        stdio: ['ignore', 'pipe', 'inherit'],
        encoding: 'utf8',
      });
      const counts = /^(\d+) (\d+)/.exec(child.stdout || '');
      if (child.status === 0 && counts) {
        done += Number(counts[1]);
        failed += Number(counts[2]);
      } else {
        console.error(`${batch[0]} … ${batch[batch.length - 1]}: the batch's process ended with ${child.status ?? child.signal}; its pages are skipped`);
        failed += batch.length;
      }
    }
  }
  console.error(`${done} pages written to ${outDir}, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
