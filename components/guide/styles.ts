/**
 * Styles of the guide overlay, scoped by its shadow root (kept terse: it ships in every guided page). Light, as
 * the Admin Console is.
 */
export const GUIDE_CSS = `:host{all:initial}
.ola{font:14px/1.45 system-ui,sans-serif;color:#1d1d21}
.ring{position:fixed;pointer-events:none;z-index:2147483646;border:3px solid #1662dd;border-radius:8px;box-sizing:border-box}
.callout{position:fixed;right:16px;bottom:16px;z-index:2147483647;width:300px;max-width:calc(100vw - 24px);max-height:calc(100vh - 24px);overflow:auto;box-sizing:border-box;background:#fff;border:1px solid #d7d9de;border-radius:10px;padding:12px 14px;box-shadow:0 8px 28px #0004}
.callout[style]{right:auto;bottom:auto}
h2{font-size:15px;margin:0 0 6px}p{margin:0 0 8px}
.hint{font-size:12px;color:#5f6368}
.note{font-size:13px;border-radius:6px;padding:6px 8px}.warn{background:#fff4e5;color:#6b3b00}.ok{background:#e9f7ef;color:#125c31}
.actions{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
button,a{font:inherit;font-size:13px;border-radius:6px;padding:5px 10px;cursor:pointer;border:1px solid #d7d9de;background:none;color:inherit;text-decoration:none}
.primary{background:#1662dd;color:#fff;border-color:#1662dd}
:focus-visible{outline:3px solid #1662dd;outline-offset:2px}.stop{margin-left:auto}`;
