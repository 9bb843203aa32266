// The sandbox's Admin Console single-page app. Plain browser JavaScript, inlined into the page by
// admin-console.ts; it reads its settings from the JSON in #admin-console-config.
//
// What it replicates, and why:
// - The shell (top nav + side nav) renders inside <odyssey-react-web-component> with an OPEN shadow root,
//   as Okta's design system does, so element lookups must pierce shadow roots.
// - Everything renders late (renderDelayMs) and navigation is history.pushState + re-render, so the page
//   never reloads between Dashboard, Security > API and the Tokens tab.
// - The create-token form keeps its own model, updated only from input/change events (as Okta's
//   Backbone-based "Courage" forms do): a value set by script without events is invisible to the form.
// - With networkControl 'custom-dropdown', the network <select> is hidden behind a Chosen dropdown, as Courage
//   renders its selects.
(() => {
  const config = JSON.parse(document.getElementById('admin-console-config').textContent);
  const t = config.texts;

  /** Paths that show the API page, and which tab each one selects. */
  const API_TABS = [
    { key: 'authorization-servers', href: '/admin/oauth2/as', label: t.tabAuthorizationServers },
    { key: 'tokens', href: '/admin/access/api/tokens', label: t.tabTokens },
    { key: 'trusted-origins', href: '/admin/access/api/trusted_origins', label: t.tabTrustedOrigins },
  ];
  const ZONE_CHOICES = new Set(['IN_ZONES', 'NOT_IN_ZONES']);

  const escapeHtml = (value) =>
    String(value).replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
    );
  /** Okta's test hook attribute, absent in the no-data-se variant. */
  const se = (name) => (config.dataSe ? ` data-se="${escapeHtml(name)}"` : '');
  const xsrfToken = () => document.getElementById('_xsrfToken').textContent.trim();

  /**
   * An API answer saying the session is gone (Okta's E0000005) sends the admin to sign in again, then back to
   * this page; returns true when it did.
   */
  async function sentToSignIn(response) {
    if (response.status !== 403) return false;
    const body = await response
      .clone()
      .json()
      .catch(() => ({}));
    if (body.errorCode !== 'E0000005') return false;
    location.assign(`${config.signInUrl}?fromURI=${encodeURIComponent(location.href)}`);
    return true;
  }
  const currentPath = () => location.pathname.replace(/\/+$/, '') || '/';

  // ---------------------------------------------------------------- shell (shadow DOM)

  class OdysseyReactWebComponent extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
    }
  }
  customElements.define('odyssey-react-web-component', OdysseyReactWebComponent);

  const SHELL_CSS = `
    :host { display: block; }
    .top-nav { position: fixed; top: 0; left: 0; right: 0; height: 56px; display: flex; align-items: center;
      gap: 16px; padding: 0 20px; background: #fff; border-bottom: 1px solid #e1e1e6; z-index: 10;
      font: 14px/1.4 system-ui, sans-serif; }
    .logo { font-weight: 800; font-size: 20px; color: #1662dd; }
    .search { flex: 1; max-width: 360px; padding: 6px 10px; border: 1px solid #c1c1c8; border-radius: 6px; font: inherit; }
    .user-menu { margin-left: auto; display: flex; flex-direction: column; align-items: flex-end; }
    .user-org { color: #6e6e78; font-size: 12px; }
    .side-nav { position: fixed; top: 56px; bottom: 0; left: 0; width: 240px; overflow-y: auto; background: #fff;
      border-right: 1px solid #e1e1e6; font: 14px/1.4 system-ui, sans-serif; }
    ul { list-style: none; margin: 0; padding: 0; }
    .nav-section-toggle { width: 100%; text-align: left; padding: 10px 20px; border: 0; background: none;
      font: inherit; font-weight: 600; cursor: pointer; }
    .nav-section-toggle[aria-expanded=true] { color: #1662dd; }
    .nav-item--wrapper { display: block; padding: 6px 20px 6px 36px; color: #1d1d21; text-decoration: none; }
    .nav-item--wrapper[aria-current=page] { background: #eef3fd; color: #1662dd; }
    .nav-item--label { margin: 0; }
  `;

  let shadow = null;
  let main = null;
  let renderGeneration = 0;

  function sectionOfPath(path) {
    const inApi = API_TABS.some((tab) => tab.href === path);
    return config.nav.find((section) =>
      section.items.some((item) => item.href === path || (inApi && item.href === API_TABS[0].href)),
    );
  }

  function shellHtml() {
    const activeSection = sectionOfPath(currentPath());
    const sections = config.nav
      .map((section) => {
        const expanded = section === activeSection;
        const items = section.items
          .map(
            (item) =>
              `<li><a class="nav-item--wrapper" href="${escapeHtml(item.href)}"><p class="nav-item--label">${escapeHtml(item.label)}</p></a></li>`,
          )
          .join('');
        return `<li class="side-nav-section">
          <button type="button" class="nav-section-toggle"${se(`o-side-nav-item-${section.id}`)}
            aria-expanded="${expanded}" aria-controls="side-nav-${section.id}">${escapeHtml(section.label)}</button>
          <ul id="side-nav-${section.id}" class="nav-sub-items"${expanded ? '' : ' hidden'}>${items}</ul>
        </li>`;
      })
      .join('');
    return `<style>${SHELL_CSS}</style>
      <header class="top-nav" role="banner"${se('o-top-nav')}>
        <span class="logo">okta</span>
        <input class="search" type="search" aria-label="Search" placeholder="Search…">
        <a class="end-user-link" href="${escapeHtml(config.endUserDashboardUrl)}">${escapeHtml(t.endUserDashboard)}</a>
        <div class="user-menu"${se('user-menu')}>
          <span class="user-name">${escapeHtml(config.adminDisplayName)}</span>
          <span class="user-org">${escapeHtml(config.orgDomain)}</span>
        </div>
      </header>
      <nav class="side-nav" aria-label="${escapeHtml(t.adminConsoleTitle)}"${se('o-side-nav')}>
        <ul class="side-nav-list">${sections}</ul>
      </nav>`;
  }

  /** Marks the side-nav link of the current page, without re-rendering the nav (it must stay put). */
  function markActiveNavItem() {
    const path = currentPath();
    const apiActive = API_TABS.some((tab) => tab.href === path);
    for (const link of shadow.querySelectorAll('a.nav-item--wrapper')) {
      const href = link.getAttribute('href');
      const active = href === path || (apiActive && href === API_TABS[0].href);
      if (active) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }

  function onShellClick(event) {
    const toggle = event.target.closest('.nav-section-toggle');
    if (!toggle) return;
    const expanded = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(expanded));
    shadow.getElementById(toggle.getAttribute('aria-controls')).hidden = !expanded;
  }

  function mountShell() {
    const host = document.createElement('odyssey-react-web-component');
    shadow = host.shadowRoot;
    shadow.innerHTML = shellHtml();
    shadow.addEventListener('click', onShellClick);
    main = document.createElement('main');
    main.id = 'okta-main';
    main.className = 'admin-main';
    const root = document.getElementById('root');
    root.replaceChildren(host, main);
  }

  // ---------------------------------------------------------------- routing

  /** In-app links (side nav, tabs) navigate with pushState; a full page load never happens inside /admin. */
  function interceptInAppLinks(event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // composedPath() reaches into the shell's shadow root, where the side-nav links live.
    const link = event
      .composedPath()
      .find((node) => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    if (!link || (link.target && link.target !== '_self')) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith('/admin')) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  }

  function navigate(path) {
    if (path === location.pathname + location.search + location.hash) return;
    history.pushState({}, '', path);
    renderRoute();
  }

  /** Shows a spinner, then the route's content after renderDelayMs, like the real console's lazy routes. */
  function renderRoute({ immediately = false } = {}) {
    const generation = ++renderGeneration;
    closeDialogs();
    markActiveNavItem();
    const render = () => {
      if (generation !== renderGeneration) return; // a newer navigation won
      renderPage(currentPath());
    };
    if (immediately) return render();
    main.innerHTML = `<div class="loading-spinner" role="progressbar" aria-label="${escapeHtml(t.loading)}">${escapeHtml(t.loading)}</div>`;
    setTimeout(render, config.renderDelayMs);
  }

  function renderPage(path) {
    const apiTab = API_TABS.find((tab) => tab.href === path);
    if (path === '/admin/dashboard') main.innerHTML = dashboardHtml();
    else if (apiTab) renderApiPage(apiTab);
    else main.innerHTML = genericPageHtml(path);
  }

  // ---------------------------------------------------------------- pages

  function dashboardHtml() {
    const cards = t.dashboardCards
      .map(
        (title) =>
          `<section class="dashboard-card"${se('dashboard-card')}><h2>${escapeHtml(title)}</h2><p>—</p></section>`,
      )
      .join('');
    return `<h1 class="page-title">${escapeHtml(t.dashboardHeading)}</h1><div class="dashboard-cards">${cards}</div>`;
  }

  function genericPageHtml(path) {
    const item = config.nav.flatMap((section) => section.items).find((navItem) => navItem.href === path);
    const heading = item ? item.label : t.adminConsoleTitle;
    return `<h1 class="page-title">${escapeHtml(heading)}</h1><p>${escapeHtml(t.genericPageIntro)}</p>`;
  }

  function renderApiPage(selectedTab) {
    const tabs = API_TABS.map((tab) => {
      const selected = tab === selectedTab;
      return `<a role="tab"${se(`tab-${tab.key}`)} href="${tab.href}" aria-selected="${selected}"
        tabindex="${selected ? 0 : -1}" class="tab${selected ? ' is-selected' : ''}">${escapeHtml(tab.label)}</a>`;
    }).join('');
    main.innerHTML = `<h1 class="page-title">${escapeHtml(t.apiHeading)}</h1>
      <div class="tab-list" role="tablist" aria-label="${escapeHtml(t.apiHeading)}">${tabs}</div>
      <section class="tab-panel" role="tabpanel"${se(`tab-panel-${selectedTab.key}`)}></section>`;
    const panel = main.querySelector('.tab-panel');
    if (selectedTab.key === 'tokens') renderTokensTab(panel);
    else if (selectedTab.key === 'authorization-servers') panel.innerHTML = authorizationServersHtml();
    else panel.innerHTML = trustedOriginsHtml();
  }

  function authorizationServersHtml() {
    return `<p>${escapeHtml(t.authServersIntro)}</p>
      <table class="data-list-table"><thead><tr><th>Name</th><th>Audience</th><th>Issuer URI</th></tr></thead>
      <tbody><tr><td>default</td><td>api://default</td><td>https://${escapeHtml(config.orgDomain)}/oauth2/default</td></tr></tbody></table>`;
  }

  function trustedOriginsHtml() {
    return `<p>${escapeHtml(t.trustedOriginsIntro)}</p>
      <button type="button" class="button"${se('add-origin')}>${escapeHtml(t.addOrigin)}</button>
      <p class="empty-list">${escapeHtml(t.noOrigins)}</p>`;
  }

  function renderTokensTab(panel) {
    const decoy = config.decoyToken
      ? `<aside class="help-panel"${se('tokens-help-panel')}><h2>${escapeHtml(t.decoyHeading)}</h2>
          <p>${escapeHtml(t.decoyIntro)}</p><pre><code>Authorization: SSWS ${escapeHtml(config.decoyToken)}</code></pre></aside>`
      : '';
    panel.innerHTML = `<p>${escapeHtml(t.tokensIntro)}</p>
      <div class="tokens-actions">
        <button type="button"${se('create-token')} class="button button-primary">${escapeHtml(t.createToken)}</button>
      </div>
      <table class="data-list-table tokens-table"${se('tokens-table')}>
        <thead><tr><th>${escapeHtml(t.columnTokenName)}</th><th>${escapeHtml(t.columnTokenId)}</th><th>${escapeHtml(t.columnCreated)}</th></tr></thead>
        <tbody><tr><td colspan="3">${escapeHtml(t.loading)}</td></tr></tbody>
      </table>${decoy}`;
    panel.querySelector('.tokens-actions .button-primary').addEventListener('click', openCreateTokenDialog);
    if (config.tokenShapedNames) showNotice('app', `New app added: ${config.tokenShapedNames.app}`);
    refreshTokensTable();
    if (config.resumePendingCreation) {
      config.resumePendingCreation = false; // once per page load: the server consumes the pending creation
      finishPendingCreation();
    }
  }

  async function refreshTokensTable() {
    const generation = renderGeneration;
    const response = await fetch('/api/v1/api-tokens', { headers: { Accept: 'application/json' } });
    const tbody = main.querySelector('.tokens-table tbody');
    if (generation !== renderGeneration || !tbody) return;
    const tokens = response.ok ? await response.json() : [];
    tbody.innerHTML = tokens
      .map(
        (
          token,
        ) => `<tr data-token-id="${escapeHtml(token.id)}"><td class="token-name">${escapeHtml(token.name)}</td>
          <td class="token-id">${escapeHtml(token.id)}</td><td>${escapeHtml(token.created.slice(0, 10))}</td></tr>`,
      )
      .join('');
  }

  // ---------------------------------------------------------------- dialogs

  let openDialog = null;

  function closeDialogs() {
    if (!openDialog) return;
    openDialog.overlay.remove();
    openDialog.dialog.remove();
    document.removeEventListener('keydown', openDialog.onKeydown);
    openDialog = null;
  }

  /**
   * A small non-modal dialog in a corner (tokenShapedNames): an app or a group whose name has a token's shape,
   * which the guide must never take for the token Okta reveals.
   */
  function showNotice(kind, text) {
    document.querySelector(`[data-notice="${kind}"]`)?.remove();
    const notice = document.createElement('div');
    notice.setAttribute('role', 'dialog');
    notice.setAttribute('aria-label', kind === 'app' ? 'Recently added' : 'Group activity');
    notice.dataset.notice = kind;
    notice.style.cssText = `position:fixed;left:12px;bottom:${kind === 'app' ? 12 : 90}px;width:320px;padding:8px;background:#fff;border:1px solid #ccc;font-size:12px;z-index:5;overflow-wrap:anywhere`;
    notice.innerHTML = `<p>${escapeHtml(text)}</p>`;
    document.body.append(notice);
  }

  /** Appends a SimpleModal-style dialog to <body> (light DOM), as Okta's legacy dialogs are. */
  function showDialog(html, { labelledBy, onEscape }) {
    closeDialogs();
    const overlay = document.createElement('div');
    overlay.className = 'simplemodal-overlay';
    const dialog = document.createElement('div');
    dialog.className = 'simplemodal-container';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', labelledBy);
    dialog.innerHTML = html;
    const onKeydown = (event) => {
      if (event.key === 'Escape' && onEscape) onEscape();
    };
    document.addEventListener('keydown', onKeydown);
    document.body.append(overlay, dialog);
    openDialog = { overlay, dialog, onKeydown };
    return dialog;
  }

  function createTokenFormHtml(zoneList) {
    // Each option's value is this console's spelling of the choice (the org's networkValues).
    const options = config.networkOptions
      .map(
        ({ choice, value }) =>
          `<option value="${escapeHtml(value)}"${choice === config.networkDefault ? ' selected' : ''}>${escapeHtml(t.networkOptions[choice])}</option>`,
      )
      .join('');
    const zones = zoneList
      .map((zone) => `<option value="${escapeHtml(zone.id)}">${escapeHtml(zone.name)}</option>`)
      .join('');
    return `<form${se('o-form')} class="o-form create-token-form" novalidate>
      <h2 id="create-token-title" class="okta-form-title o-form-head">${escapeHtml(t.createToken)}</h2>
      <div class="o-form-content">
        <div class="o-form-error-container" role="alert"${se('o-form-error-container')}></div>
        <p class="o-form-explain" role="status" hidden></p>
        <div class="o-form-fieldset o-form-fieldset-name"${se('o-form-input-name')}>
          <label for="create-token-name">${escapeHtml(t.tokenNameLabel)}</label>
          <input type="text" id="create-token-name" name="name" autocomplete="off">
          <p class="o-form-input-error" role="alert" hidden></p>
        </div>
        <div class="o-form-fieldset"${se('o-form-input-clientIpRestriction')}>
          <label for="create-token-network">${escapeHtml(t.networkLabel)}</label>
          <select id="create-token-network" name="clientIpRestriction">${options}</select>
        </div>
        <div class="o-form-fieldset o-form-fieldset-zones"${se('o-form-input-zones')} hidden>
          <label for="create-token-zones">${escapeHtml(t.zonesLabel)}</label>
          <select id="create-token-zones" name="zones" multiple size="${zoneList.length}">${zones}</select>
          <p class="o-form-input-error" role="alert" hidden></p>
        </div>
      </div>
      <div class="o-form-button-bar">
        <input type="submit" class="button button-primary" value="${escapeHtml(t.createToken)}"${se('save')}>
        <input type="button" class="button button-clear" value="${escapeHtml(t.cancel)}"${se('cancel')}>
      </div>
    </form>`;
  }

  /** The org's network zones, loaded as the dialog opens; null when the session has expired. */
  async function loadZones() {
    const response = await fetch('/api/v1/zones', { headers: { Accept: 'application/json' } });
    if (await sentToSignIn(response)) return null;
    return response.ok ? response.json() : [];
  }

  async function openCreateTokenDialog() {
    const zones = await loadZones();
    if (!zones) return;
    if (config.tokenShapedNames) showNotice('group', `Group ${config.tokenShapedNames.group} was updated`);
    const dialog = showDialog(createTokenFormHtml(zones), {
      labelledBy: 'create-token-title',
      onEscape: closeDialogs,
    });
    const form = dialog.querySelector('form');
    const nameInput = form.elements.name;
    const networkSelect = form.elements.clientIpRestriction;
    const zonesSelect = form.elements.zones;
    const zonesField = form.querySelector('.o-form-fieldset-zones');

    // The form's model: the ONLY source of truth at submit, fed by input/change events.
    const model = { name: '', network: config.networkDefault, zones: [] };
    const choiceOfValue = (value) =>
      config.networkOptions.find((option) => option.value === value)?.choice ?? value;
    const valueOfChoice = (choice) =>
      config.networkOptions.find((option) => option.choice === choice)?.value ?? choice;
    const syncName = () => {
      model.name = nameInput.value;
    };
    nameInput.addEventListener('input', syncName);
    nameInput.addEventListener('change', syncName);
    zonesField.hidden = !ZONE_CHOICES.has(model.network);
    networkSelect.addEventListener('change', () => {
      model.network = choiceOfValue(networkSelect.value);
      zonesField.hidden = !ZONE_CHOICES.has(model.network);
    });
    zonesSelect.addEventListener('change', () => {
      model.zones = [...zonesSelect.selectedOptions].map((option) => option.value);
    });
    if (config.networkControl === 'custom-dropdown') enhanceWithChosen(networkSelect);
    form.querySelector('.button-clear').addEventListener('click', closeDialogs);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitCreateToken(form, model, valueOfChoice(model.network));
    });
    nameInput.focus();
  }

  function showFieldError(fieldset, message) {
    const error = fieldset.querySelector('.o-form-input-error');
    fieldset.classList.toggle('o-form-has-errors', Boolean(message));
    error.textContent = message || '';
    error.hidden = !message;
    const control = fieldset.querySelector('input, select');
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }

  /** `networkValue`: the choice as this console spells it, which is what it posts. */
  async function submitCreateToken(form, model, networkValue) {
    const nameField = form.querySelector('.o-form-fieldset-name');
    const zonesField = form.querySelector('.o-form-fieldset-zones');
    const formError = form.querySelector('.o-form-error-container');
    const nameMissing = model.name.trim() === '';
    const zonesMissing = ZONE_CHOICES.has(model.network) && model.zones.length === 0;
    showFieldError(nameField, nameMissing ? t.fieldRequired : '');
    showFieldError(zonesField, zonesMissing ? t.zonesRequired : '');
    formError.textContent = nameMissing || zonesMissing ? t.formHasErrors : '';
    if (nameMissing || zonesMissing) return;

    const submit = form.querySelector('input[type=submit]');
    const explain = form.querySelector('.o-form-explain');
    submit.disabled = true;
    try {
      const response = await postJson('/api/internal/tokens?expand=user', {
        name: model.name.trim(),
        network: networkValue,
        zones: ZONE_CHOICES.has(model.network) ? model.zones : [],
      });
      if (await sentToSignIn(response)) return;
      const body = await response.json();
      if (response.status === 401 && body.stepUpRequired && body.popupUrl) {
        const popup = openVerificationPopup(body.popupUrl);
        if (!popup) throw new Error(t.popupBlocked);
        explain.textContent = t.verifyInPopup;
        explain.hidden = false;
        await closingOf(popup);
        explain.hidden = true;
        if (!(await finishPendingCreation())) throw new Error(t.requestFailed);
        return;
      }
      if (response.status === 401 && body.stepUpRequired) {
        // Step-up is a full navigation to the org host; the server remembers the pending creation.
        location.assign(body.redirectUrl);
        return;
      }
      if (!response.ok) throw new Error(t.requestFailed);
      showRevealDialog(body);
    } catch (error) {
      formError.textContent = error instanceof Error && error.message ? error.message : t.requestFailed;
      submit.disabled = false;
    }
  }

  /** Resolves once the pop-up window is closed (by itself once verified, or by the admin). */
  function closingOf(popup) {
    return new Promise((resolve) => {
      const timer = setInterval(() => {
        if (!popup.closed) return;
        clearInterval(timer);
        resolve();
      }, 200);
    });
  }

  /** Reveals a creation parked for verification; false when there is none (it was not verified). */
  async function finishPendingCreation() {
    const response = await postJson('/api/internal/tokens/pending', {});
    if (response.ok) showRevealDialog(await response.json());
    return response.ok;
  }

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'X-Okta-XsrfToken': xsrfToken(),
      },
      body: JSON.stringify(body),
    });
  }

  /** Okta's re-authentication window, on the org host; null when the browser blocked it. */
  function openVerificationPopup(url) {
    return window.open(url, 'okta-verify', 'popup,width=480,height=640');
  }

  /**
   * Hides a <select> behind a Chosen (0.9, `chzn-` classes) single-choice dropdown, as Courage renders its
   * selects: a link shows the current choice; it opens on mousedown and a choice is taken on mouseup, as in
   * Chosen, so a bare click() does nothing. Taking a choice sets the hidden select and fires `change` on it;
   * a `change` from elsewhere is shown back, as Courage's model round trip does.
   */
  function enhanceWithChosen(select) {
    const options = [...select.options];
    const container = document.createElement('div');
    container.id = `${select.id}_chzn`;
    container.className = 'chzn-container chzn-container-single chzn-container-single-nosearch';
    container.style.width = '100%';
    container.innerHTML = `<a href="javascript:void(0)" class="chzn-single" tabindex="-1"><span></span><div><b></b></div></a>
      <div class="chzn-drop"><div class="chzn-search"><input type="text" autocomplete="off"></div>
      <ul class="chzn-results">${options
        .map(
          (option, index) =>
            `<li id="${container.id}_o_${index}" class="active-result">${escapeHtml(option.text)}</li>`,
        )
        .join('')}</ul></div>`;
    select.style.display = 'none';
    select.after(container);
    const single = container.querySelector('.chzn-single');
    const results = [...container.querySelectorAll('.chzn-results li')];
    const showChoice = () => {
      single.querySelector('span').textContent = select.selectedOptions[0]?.text ?? '';
      results.forEach((li, index) => {
        li.classList.toggle('result-selected', index === select.selectedIndex);
      });
    };
    const setOpen = (open) => {
      container.classList.toggle('chzn-container-active', open);
      container.classList.toggle('chzn-with-drop', open);
    };
    single.addEventListener('click', (event) => event.preventDefault()); // javascript: URLs break the page CSP
    single.addEventListener('mousedown', (event) => {
      event.preventDefault();
      setOpen(!container.classList.contains('chzn-with-drop'));
    });
    results.forEach((li, index) => {
      li.addEventListener('mouseover', () => {
        for (const other of results) other.classList.toggle('highlighted', other === li);
      });
      li.addEventListener('mouseup', () => {
        setOpen(false);
        if (select.selectedIndex === index) return;
        select.selectedIndex = index;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    });
    select.form.addEventListener('mousedown', (event) => {
      if (!container.contains(event.target)) setOpen(false);
    });
    select.addEventListener('change', showChoice);
    showChoice();
  }

  /** The one time Okta shows the token: a read-only input holds the value. */
  function showRevealDialog(created) {
    const dialog = showDialog(
      `<h2 id="token-reveal-title" class="okta-form-title o-form-head">${escapeHtml(t.createToken)}</h2>
      <div class="o-form-content"${se('token-reveal')}>
        <div class="o-form-fieldset">
          <label for="token-value">${escapeHtml(t.tokenValueLabel)}</label>
          <div class="token-value-wrap">
            <input type="text" id="token-value" class="token-value" readonly${se('token-value')}
              value="${escapeHtml(created.token)}">
            <button type="button" class="button copy-token-button"${se('copy-token')}
              aria-label="${escapeHtml(t.copyToClipboard)}" title="${escapeHtml(t.copyToClipboard)}">⧉</button>
          </div>
        </div>
        <p class="infobox infobox-warning" role="status">${escapeHtml(t.revealWarning)}</p>
      </div>
      <div class="o-form-button-bar">
        <button type="button" class="button button-primary token-reveal-ok"${se('token-reveal-ok')}>${escapeHtml(t.okGotIt)}</button>
      </div>`,
      { labelledBy: 'token-reveal-title', onEscape: null },
    );
    const copyButton = dialog.querySelector('.copy-token-button');
    copyButton.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(created.token);
        copyButton.title = t.copied;
      } catch {
        dialog.querySelector('.token-value').select(); // clipboard refused: leave it selected for Ctrl+C
      }
    });
    dialog.querySelector('.token-reveal-ok').addEventListener('click', () => {
      closeDialogs();
      if (main.querySelector('.tokens-table')) refreshTokensTable();
    });
    dialog.querySelector('.token-reveal-ok').focus();
  }

  // ---------------------------------------------------------------- start

  document.addEventListener('click', interceptInAppLinks);
  window.addEventListener('popstate', () => renderRoute());
  if (currentPath() === '/admin') history.replaceState({}, '', '/admin/dashboard');
  setTimeout(() => {
    mountShell();
    renderRoute({ immediately: true });
  }, config.renderDelayMs);
})();
