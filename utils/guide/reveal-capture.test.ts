// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { type ShownStep, tokensOnPage, watchReveals } from './reveal-capture';

const REVEALED = `00${'R'.repeat(38)}ab`;
const APP_NAME = `00${'A'.repeat(38)}pp`;

/** A click as the browser dispatches it for a person (trusted), on `target`. */
function personClicks(target: Element): Event {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  let seen: Event = event;
  target.addEventListener('click', (e) => {
    seen = e;
  });
  target.dispatchEvent(event);
  return seen;
}

function dialog(html: string): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('role', 'dialog');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

describe('capture only what Okta just revealed', () => {
  let create: HTMLElement;
  let button: HTMLButtonElement;
  const shown = (over: Partial<ShownStep> = {}): ShownStep => ({
    step: 'submit-token',
    submitButton: button,
    createDialog: create,
    dialogs: [create],
    ...over,
  });

  beforeEach(() => {
    document.body.innerHTML = '';
    create = dialog('<input value="StackOne Integration"><button>Create token</button>');
    button = create.querySelector('button') as HTMLButtonElement;
  });

  it('nothing before the admin clicks Create token', () => {
    const capture = watchReveals();
    const reveal = dialog(`<code>${REVEALED}</code>`);
    expect(capture.accepts(reveal, REVEALED, [create, reveal])).toBe(false);
  });

  it('the dialog that opened after the click, or the create dialog updated in place', () => {
    const inPlace = watchReveals();
    inPlace.noteAction(personClicks(button), shown(), [document]);
    expect(inPlace.accepts(create, REVEALED, [create])).toBe(true);
    const capture = watchReveals();
    capture.noteAction(personClicks(button), shown(), [document]);
    const reveal = dialog(`<code>${REVEALED}</code>`);
    expect(capture.accepts(reveal, REVEALED, [create, reveal])).toBe(true);
    // Once Okta's answer is found, no other dialog is.
    expect(capture.accepts(create, REVEALED, [create, reveal])).toBe(false);
  });

  it('never another dialog: one open at the click, or a second one after the reveal dialog', () => {
    const group = dialog(`<p>Group ${APP_NAME}</p>`);
    const capture = watchReveals();
    capture.noteAction(personClicks(button), shown({ dialogs: [create, group] }), [document]);
    group.querySelector('p')?.append(` ${REVEALED}`);
    expect(capture.accepts(group, REVEALED, [create, group])).toBe(false);
    const reveal = dialog(`<code>${REVEALED}</code>`);
    const app = dialog(`<p>${`00${'B'.repeat(40)}`}</p>`);
    expect(capture.accepts(reveal, REVEALED, [create, group, reveal, app])).toBe(true);
    expect(capture.accepts(app, `00${'B'.repeat(40)}`, [create, group, reveal, app])).toBe(false);
  });

  it('never a value that was on the page before the click (an app named like a token)', () => {
    const app = document.createElement('td');
    app.textContent = APP_NAME;
    document.body.append(app);
    const capture = watchReveals();
    capture.noteAction(personClicks(button), shown(), [document]);
    const reveal = dialog(`<code>${APP_NAME}</code>`);
    expect(capture.accepts(reveal, APP_NAME, [create, reveal])).toBe(false);
  });

  it('a page script clicking Create token, a click elsewhere, or another step arms nothing', () => {
    const capture = watchReveals();
    const scripted = new MouseEvent('click', { bubbles: true });
    button.dispatchEvent(scripted);
    capture.noteAction(scripted, shown(), [document]);
    capture.noteAction(personClicks(create.querySelector('input') as Element), shown(), [document]);
    capture.noteAction(personClicks(button), shown({ step: 'name-token' }), [document]);
    const reveal = dialog(`<code>${REVEALED}</code>`);
    expect(capture.accepts(reveal, REVEALED, [create, reveal])).toBe(false);
  });

  it('reads token-shaped values from text, fields and open shadow roots', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = `<span>${REVEALED}</span>`;
    document.body.append(host);
    const field = document.createElement('input');
    field.value = APP_NAME;
    document.body.append(field);
    expect(tokensOnPage([document, host.shadowRoot as ShadowRoot])).toEqual(new Set([REVEALED, APP_NAME]));
  });

  it('a re-authentication between the click and the reveal (another page of the tab): the click carries over', () => {
    sessionStorage.clear();
    const app = document.createElement('td');
    app.textContent = APP_NAME;
    document.body.append(app);
    watchReveals(sessionStorage).noteAction(personClicks(button), shown(), [document]);
    // The Tokens page again, after the step-up: a new document, a new guide.
    document.body.innerHTML = '';
    const notice = dialog(`<p>${APP_NAME}</p>`);
    const reveal = dialog(`<code>${REVEALED}</code>`);
    const next = watchReveals(sessionStorage);
    expect(next.accepts(notice, APP_NAME, [notice, reveal])).toBe(false);
    expect(next.accepts(reveal, REVEALED, [notice, reveal])).toBe(true);
    // Used once: the page after that carries nothing over.
    expect(watchReveals(sessionStorage).accepts(reveal, REVEALED, [reveal])).toBe(false);
  });

  it('an old click carries nothing over', () => {
    sessionStorage.clear();
    watchReveals(sessionStorage, () => 0).noteAction(personClicks(button), shown(), [document]);
    const reveal = dialog(`<code>${REVEALED}</code>`);
    expect(watchReveals(sessionStorage, () => 11 * 60 * 1000).accepts(reveal, REVEALED, [reveal])).toBe(
      false,
    );
  });
});
