/**
 * Styles of the guide overlay, scoped by its shadow root (kept terse: it ships in every guided page). Light and
 * dark follow the admin's system setting.
 */
export const GUIDE_CSS = `:host{all:initial}
.ola{--bg:#fff;--fg:#1d1d21;--mu:#5f6368;--ac:#1662dd;--af:#fff;--wb:#fff4e5;--wf:#6b3b00;--ob:#e9f7ef;--of:#125c31;--bd:#d7d9de;font:14px/1.45 system-ui,sans-serif;color:var(--fg)}
@media (prefers-color-scheme:dark){.ola{--bg:#1f2023;--fg:#f1f3f4;--mu:#bdc1c6;--ac:#8ab4f8;--af:#0b1b33;--wb:#3b2a10;--wf:#ffd8a8;--ob:#0f2e1c;--of:#b7ebc9;--bd:#3c4043}}
.ring{position:fixed;pointer-events:none;z-index:2147483646;border:3px solid var(--ac);border-radius:8px;box-sizing:border-box;box-shadow:0 0 0 4px #1662dd40}
.callout{position:fixed;right:16px;bottom:16px;z-index:2147483647;width:300px;max-width:calc(100vw - 24px);max-height:calc(100vh - 24px);overflow:auto;box-sizing:border-box;background:var(--bg);color:var(--fg);border:1px solid var(--bd);border-radius:10px;padding:12px 14px;box-shadow:0 8px 28px #0004}
.callout[style]{right:auto;bottom:auto}
h2{font-size:15px;margin:0 0 6px}p{margin:0 0 8px}
.progress,.hint{font-size:12px;color:var(--mu)}
.note{font-size:13px;border-radius:6px;padding:6px 8px}.warn{background:var(--wb);color:var(--wf)}.ok{background:var(--ob);color:var(--of)}
.actions{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
button,a{font:inherit;font-size:13px;border-radius:6px;padding:5px 10px;cursor:pointer;border:1px solid var(--bd);background:none;color:var(--fg);text-decoration:none}
.primary{background:var(--ac);color:var(--af);border-color:var(--ac)}button:disabled{opacity:.7}
:focus-visible{outline:3px solid var(--ac);outline-offset:2px}.stop{margin-left:auto}`;
