/** Styles of the guide overlay, scoped by its shadow root. Light and dark follow the admin's system setting. */
export const GUIDE_CSS = `
:host { all: initial; }
.ola { --bg: #ffffff; --fg: #1d1d21; --muted: #5f6368; --accent: #1662dd; --accent-fg: #ffffff; --ring: #1662dd;
  --warn-bg: #fff4e5; --warn-fg: #6b3b00; --ok-bg: #e9f7ef; --ok-fg: #125c31; --border: #d7d9de;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
@media (prefers-color-scheme: dark) {
  .ola { --bg: #1f2023; --fg: #f1f3f4; --muted: #bdc1c6; --accent: #8ab4f8; --accent-fg: #0b1b33; --ring: #8ab4f8;
    --warn-bg: #3b2a10; --warn-fg: #ffd8a8; --ok-bg: #0f2e1c; --ok-fg: #b7ebc9; --border: #3c4043; }
}
.ring { position: fixed; pointer-events: none; z-index: 2147483646; border: 3px solid var(--ring); border-radius: 8px;
  box-sizing: border-box; box-shadow: 0 0 0 4px rgba(22, 98, 221, 0.25); }
.callout { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; width: 300px; max-width: calc(100vw - 24px);
  max-height: calc(100vh - 24px); overflow: auto; box-sizing: border-box; background: var(--bg); color: var(--fg);
  border: 1px solid var(--border); border-radius: 10px; padding: 12px 14px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.25); }
.callout[style] { right: auto; bottom: auto; }
.progress { font-size: 12px; color: var(--muted); margin: 0 0 2px; }
h2 { font-size: 15px; margin: 0 0 6px; }
p { margin: 0 0 8px; }
.hint { font-size: 12px; color: var(--muted); }
.note { font-size: 13px; border-radius: 6px; padding: 6px 8px; margin: 0 0 8px; }
.note.warn { background: var(--warn-bg); color: var(--warn-fg); }
.note.ok { background: var(--ok-bg); color: var(--ok-fg); }
.summary strong { word-break: break-word; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 8px; }
button, a.button { font: inherit; font-size: 13px; border-radius: 6px; padding: 5px 10px; cursor: pointer;
  border: 1px solid var(--border); background: transparent; color: var(--fg); text-decoration: none; }
button.primary, a.button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button:disabled { cursor: default; opacity: 0.7; }
button:focus-visible, a:focus-visible { outline: 3px solid var(--ring); outline-offset: 2px; }
.stop { margin-left: auto; }
`;
