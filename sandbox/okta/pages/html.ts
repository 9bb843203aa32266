import type { Texts } from '../i18n';

/** What every org page needs to render: its language and whether Okta's `data-se` test hooks are present. */
export interface RenderContext {
  texts: Texts;
  /** false in the `no-data-se` variant: no `data-se` attribute anywhere. */
  dataSe: boolean;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** ` data-se="name"`, or nothing in the no-data-se variant. */
export function se(ctx: RenderContext, name: string): string {
  return ctx.dataSe ? ` data-se="${escapeHtml(name)}"` : '';
}

/** JSON safe to place inside a `<script type="application/json">` element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026');
}

const BASE_CSS = `
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d21; background: #f4f4f6; }
  a { color: #1662dd; }
  .button { display: inline-block; padding: 8px 14px; border-radius: 6px; border: 1px solid #c1c1c8; background: #fff;
    color: #1d1d21; font: inherit; cursor: pointer; text-decoration: none; }
  .button-primary { background: #1662dd; border-color: #1662dd; color: #fff; }
  .button[disabled] { opacity: .6; cursor: default; }
  input[type=text], input[type=password], select { font: inherit; padding: 7px 9px; border: 1px solid #8c8c96;
    border-radius: 6px; width: 100%; background: #fff; }
  label { display: block; font-weight: 600; margin-bottom: 4px; }
  .o-form-input-error { color: #d93934; margin: 4px 0 0; }
  .o-form-has-errors input, .o-form-has-errors select { border-color: #d93934; }
`;

export function htmlDocument(options: {
  title: string;
  lang: string;
  body: string;
  css?: string;
  bodyClass?: string;
}): string {
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${BASE_CSS}${options.css ?? ''}</style>
</head>
<body${options.bodyClass ? ` class="${escapeHtml(options.bodyClass)}"` : ''}>
${options.body}
</body>
</html>`;
}
