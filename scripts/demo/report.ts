import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JourneyResult } from './journey';
import type { StepRecord } from './recorder';

/** The demo's one-page report: every step with its outcome, time, the admin's actions and screenshots. */

export interface ReportMeta {
  chromium: string;
  extensionDir: string;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

const CSS = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 24px auto; max-width: 1100px; padding: 0 16px; color: #1d1d21; }
h1 { margin-bottom: 4px; }
.verdict { font-weight: 700; }
.passed .verdict, .verdict.passed { color: #137333; }
.failed .verdict, .verdict.failed { color: #b3261e; }
.skipped .verdict { color: #6e6e78; }
table { border-collapse: collapse; margin: 12px 0 24px; }
th, td { border: 1px solid #d7d9de; padding: 4px 10px; text-align: left; }
td.num { text-align: right; }
ol.steps { padding-left: 24px; }
ol.steps > li { margin: 0 0 28px; }
.step-head { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
.step-head h2 { font-size: 17px; margin: 0; }
.muted { color: #5f6368; }
pre.error { background: #fdecea; color: #5f1410; padding: 8px 10px; white-space: pre-wrap; border-radius: 6px; }
.shots { display: flex; gap: 12px; flex-wrap: wrap; align-items: flex-start; }
figure { margin: 8px 0 0; }
figure img { max-width: 520px; max-height: 420px; border: 1px solid #d7d9de; border-radius: 4px; }
figcaption { font-size: 13px; color: #5f6368; }
`;

function actionList(step: StepRecord): string {
  if (step.actions.length === 0) return 'no admin action';
  return step.actions.map((action) => `${action.kind}: ${escapeHtml(action.what)}`).join(' · ');
}

function stepHtml(step: StepRecord): string {
  const timing = step.status === 'skipped' ? '' : `<span class="muted">${ms(step.ms)}</span>`;
  const notes = step.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('');
  const error = step.error ? `<pre class="error">${escapeHtml(step.error)}</pre>` : '';
  const shots = step.screenshots
    .map(
      (shot) =>
        `<figure><a href="${escapeHtml(shot.file)}"><img src="${escapeHtml(shot.file)}" alt="${escapeHtml(shot.caption)}" loading="lazy"></a><figcaption>${escapeHtml(shot.caption)}</figcaption></figure>`,
    )
    .join('');
  return `<li class="${step.status}">
  <div class="step-head"><h2>${escapeHtml(step.title)}</h2><span class="verdict">${step.status}</span>${timing}<span class="muted">${escapeHtml(step.path)}</span></div>
  <p class="muted">${step.status === 'skipped' ? 'not run: an earlier step of this journey failed' : actionList(step)}</p>
  ${notes}${error}<div class="shots">${shots}</div>
</li>`;
}

export function reportHtml(result: JourneyResult, meta: ReportMeta): string {
  const verdict = result.passed ? 'passed' : 'failed';
  const pathRows = result.paths
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.name)}</td><td>${escapeHtml(p.start)}</td><td class="verdict ${p.passed ? 'passed' : 'failed'}">${p.passed ? 'passed' : 'failed'}</td><td class="num">${ms(p.ms)}</td><td class="num">${p.count.clicks}</td><td class="num">${p.count.keyEntries}</td><td class="num">${p.count.tabSwitches}</td><td class="num">${p.count.total}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Okta Link Assistant demo: ${verdict}</title>
<style>${CSS}</style>
</head>
<body>
<h1>Okta Link Assistant: demo journeys</h1>
<p><span class="verdict ${verdict}">${verdict.toUpperCase()}</span> · started ${escapeHtml(result.startedAt)} · ${ms(result.ms)} in all ·
${result.steps.length} steps · ${escapeHtml(meta.chromium)} · extension from <code>${escapeHtml(meta.extensionDir)}</code></p>
<p class="muted">Sandbox Okta org <code>acme.okta.com</code> and the real hub web component on a stub backend, all on loopback.
Times are wall-clock per step (page and extension reacting plus the scripted admin's moves). Admin actions are
counted as the journey performs them: a click on the toolbar icon, a page, popup or guide button; a key entry; a switch of
tab (a tab the extension brings to the front is not the admin's switch). The short paths come first, the tour last.</p>
<table>
<thead><tr><th>journey</th><th>begins with</th><th>result</th><th>time</th><th>clicks</th><th>key entries</th><th>tab switches</th><th>admin actions</th></tr></thead>
<tbody>${pathRows}</tbody>
</table>
<ol class="steps">
${result.steps.map(stepHtml).join('\n')}
</ol>
</body>
</html>
`;
}

/** Writes report.html and report.json (the same facts, for tools) into `outDir`; returns the HTML's path. */
export function writeReport(outDir: string, result: JourneyResult, meta: ReportMeta): string {
  const file = path.join(outDir, 'report.html');
  writeFileSync(file, reportHtml(result, meta));
  writeFileSync(path.join(outDir, 'report.json'), `${JSON.stringify({ ...result, meta }, null, 2)}\n`);
  return file;
}
