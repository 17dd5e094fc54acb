// `npm run test:lint-ext`: Mozilla's add-on linter on the Firefox build, every warning an error
// but these, each allowed exactly as many times as it is known to occur:
// - The watch imports its modules (overlay, extraction) from the extension's own package by
//   `runtime.getURL(…)` (src/content/page-modules.ts): the linter flags any import() whose
//   argument is not a literal, and a literal cannot name an extension file from a content script
//   in Firefox (it resolves against the page).
// - The extraction bundles Mozilla's Readability, which sets innerHTML twice (restoring its
//   cached copy of the page between attempts, and reading a <noscript> image): on the detached
//   clone of the page that src/extraction gives it, with the page's own markup; a document
//   without a browsing context runs no script.
import { execFileSync } from 'node:child_process';

const ALLOWED = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'watch.js', message: /call to import/, times: 1 },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'extract.js', message: /innerHTML/, times: 2 },
];

let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '-s', '.output/firefox-mv2', '--output', 'json'], {
    encoding: 'utf8',
  });
} catch (error) {
  // web-ext exits non-zero when the linter finds errors; its report is still on stdout.
  out = error.stdout;
}
const report = JSON.parse(out);
const ruleOf = (w) =>
  ALLOWED.find((a) => w.code === a.code && w.file === a.file && a.message.test(w.message));
const problems = [...report.errors, ...report.warnings.filter((w) => !ruleOf(w))];
const accepted = report.warnings.filter(ruleOf);
const overused = ALLOWED.filter((a) => accepted.filter((w) => ruleOf(w) === a).length > a.times);
for (const p of problems) console.error(`${p._type} ${p.code} ${p.file}:${p.line} ${p.message}`);
for (const a of overused) console.error(`more than ${a.times} × ${a.code} ${a.file} ${a.message}`);
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings ` +
    `(${accepted.length} accepted: the page modules' import in watch.js, Readability's innerHTML ` +
    `in extract.js), ${report.summary.notices} notices`,
);
if (problems.length > 0 || overused.length > 0) process.exit(1);
