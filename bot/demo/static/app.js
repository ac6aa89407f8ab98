// Fair Concierge demo: the browser side of the web chat.
// Plain ES2020, no framework and no build step: the demo runs offline.
'use strict';

const $ = (selector, root = document) => root.querySelector(selector);

const state = {
  personas: [],
  current: null,        // id of the open persona; its chat id is the same number
  lang: 'en',
  labels: {},
  languages: [],
  zone: null,           // the fair's time zone, from /api/clock
  chatZone: null,       // the open chat's reader's zone, from /api/chats (day separators)
  messages: new Map(),  // id -> Message of the open chat
  unread: new Map(),    // persona id -> number of bot messages not seen yet
  loadSeq: 0,           // bumped per chat load, so a stale response is dropped
  pending: null,        // {chatId, events}: events that arrive while the chat loads
  loading: false,
};
const labelRequests = new Map(); // lang -> Promise of /api/labels (labels never change)

// ---------------------------------------------------------------- helpers

/** A label in the current persona's language; the key itself when the server lacks it. */
function t(key) {
  return state.labels[key] ?? key;
}

/** fetch() returning JSON; a non-2xx answer throws with the server's {"error"} text. */
async function api(path, { json, body, method } = {}) {
  const init = { method: method || (json !== undefined || body ? 'POST' : 'GET'), headers: {} };
  if (json !== undefined) {
    init.body = JSON.stringify(json);
    init.headers['Content-Type'] = 'application/json';
  } else if (body) {
    init.body = body;
  }
  const response = await fetch(path, init);
  let data = null;
  try { data = await response.json(); } catch { /* an empty or non-JSON body */ }
  if (!response.ok) throw new Error((data && data.error) || `${response.status} ${response.statusText}`);
  return data;
}

/** Builds an element: attributes (on* become listeners, null/false are skipped) and children. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const AVATAR_COLOURS = ['#e17076', '#7bc862', '#65aadd', '#a695e7', '#ee7aae', '#6ec9cb', '#faa774'];

/** A round avatar: an emoji on a light disc, or initials on a colour picked from the id. */
function avatar(persona, extraClass = '') {
  const face = persona.avatar || (persona.name || '?').slice(0, 1).toUpperCase();
  const isEmoji = EMOJI.test(face);
  const node = el('span', { class: `avatar ${isEmoji ? 'emoji' : 'initials'} ${extraClass}`, 'aria-hidden': 'true', text: face });
  if (!isEmoji) node.style.background = AVATAR_COLOURS[Math.abs(Number(persona.id) || 0) % AVATAR_COLOURS.length];
  return node;
}

function showToast(text, ms = 3000) {
  const toast = $('#toast');
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(showToast.timer);
  showToast.timer = setTimeout(() => { toast.hidden = true; }, ms);
}

function showAlert(text) {
  $('#alert-text').textContent = text;
  const dialog = $('#alert-dialog');
  if (!dialog.open) dialog.showModal();
  $('#alert-ok').focus();
}

// ---------------------------------------------------------------- labels and direction

function loadLabels(lang) {
  if (!labelRequests.has(lang)) {
    const request = api(`/api/labels?lang=${encodeURIComponent(lang)}`);
    request.catch(() => labelRequests.delete(lang)); // let a later switch retry
    labelRequests.set(lang, request);
  }
  return labelRequests.get(lang);
}

/** Translates every [data-label*] node and mirrors the page for a right-to-left language. */
function applyLabels(data) {
  const changed = state.lang !== data.lang;
  state.lang = data.lang;
  state.labels = data.labels || {};
  state.languages = data.languages || state.languages;
  const root = document.documentElement;
  root.lang = data.lang;
  root.dir = data.rtl ? 'rtl' : 'ltr';
  document.title = t('title');
  if (changed) refreshClock(); // the clock and the day separators speak the persona's language
  for (const node of document.querySelectorAll('[data-label]')) node.textContent = t(node.dataset.label);
  for (const node of document.querySelectorAll('[data-label-placeholder]')) {
    node.placeholder = t(node.dataset.labelPlaceholder);
  }
  for (const node of document.querySelectorAll('[data-label-title]')) {
    node.title = t(node.dataset.labelTitle);
    node.setAttribute('aria-label', node.title);
  }
  $('#persona-list').setAttribute('aria-label', t('personas'));
  dayFormat.cache = null;
}

// ---------------------------------------------------------------- personas

async function loadPersonas() {
  try {
    state.personas = await api('/api/personas');
  } catch (error) {
    showToast(error.message);
    return;
  }
  renderPersonas();
  const fromHash = Number(location.hash.slice(1));
  const known = (id) => state.personas.some((p) => p.id === id);
  if (known(fromHash)) await selectPersona(fromHash);
  else if (known(state.current)) await selectPersona(state.current);
  else if (state.personas.length) await selectPersona(state.personas[0].id);
  else applyLabels(await loadLabels('en'));
}

/**
 * Draws the persona list. An item already on the page is kept and only what it shows
 * changes: the list is redrawn on every message for another persona (its unread badge),
 * and an item replaced between a press and its release would swallow the click.
 */
function renderPersonas() {
  const list = $('#persona-list');
  const shown = [...list.children];
  const same = shown.length === state.personas.length
    && shown.every((item, i) => item.dataset.personaId === String(state.personas[i].id));
  if (!same) {
    list.replaceChildren(...state.personas.map(personaItem));
    return;
  }
  state.personas.forEach((persona, i) => {
    const item = shown[i];
    const fresh = personaItem(persona);
    item.className = fresh.className;
    item.title = fresh.title;
    if (fresh.hasAttribute('aria-current')) item.setAttribute('aria-current', 'true');
    else item.removeAttribute('aria-current');
    if (item.innerHTML !== fresh.innerHTML) item.replaceChildren(...fresh.childNodes);
  });
}

function personaItem(persona) {
  const unread = state.unread.get(persona.id) || 0;
  const open = () => selectPersona(persona.id);
  return el('li', {
    class: `persona${persona.id === state.current ? ' active' : ''}`,
    'data-testid': 'persona',
    'data-persona-id': persona.id,
    role: 'button',
    tabindex: 0,
    title: persona.name,
    'aria-current': persona.id === state.current ? 'true' : null,
    onclick: open,
    onkeydown: (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); }
    },
  },
  avatar(persona),
  el('span', { class: 'persona-text' },
    el('span', { class: 'persona-name', text: persona.name }),
    el('span', { class: 'persona-subtitle', text: persona.subtitle || '' })),
  unread ? el('span', { class: 'badge', 'data-testid': 'unread-badge', text: unread > 99 ? '99+' : unread }) : null);
}

function bumpUnread(chatId) {
  if (!state.personas.some((p) => p.id === chatId)) return;
  state.unread.set(chatId, (state.unread.get(chatId) || 0) + 1);
  renderPersonas();
}

/** Opens a persona's chat: its language and direction become the page's, then its messages load. */
async function selectPersona(id) {
  const persona = state.personas.find((p) => p.id === id);
  if (!persona) return;
  const switching = state.current !== persona.id;
  state.current = persona.id;
  state.unread.delete(persona.id);
  if (location.hash !== `#${persona.id}`) history.replaceState(null, '', `#${persona.id}`);
  renderPersonas();
  renderChatHeader(persona);
  if (switching) {
    // Don't show the previous persona's chat (or keyboard) while this one loads.
    state.messages = new Map();
    state.loading = true;
    renderAllMessages();
    setReplyKeyboard(null);
    $('#composer').value = '';
    $('#toast').hidden = true; // an answer to the other persona's tap is not this chat's
  }
  try {
    const labels = await loadLabels(persona.language);
    if (state.current !== persona.id) return; // switched again meanwhile
    applyLabels(labels);
  } catch (error) {
    showToast(error.message);
  }
  await loadChat();
}

function renderChatHeader(persona) {
  $('#chat-persona-avatar').replaceChildren(avatar(persona, 'tiny'));
  $('#chat-persona-name').replaceChildren(el('bdi', { text: persona.name }));
}

// ---------------------------------------------------------------- the persona dialog

function openPersonaDialog() {
  $('#persona-form').reset();
  $('#persona-error').hidden = true;
  const select = $('#persona-language');
  select.replaceChildren(...state.languages.map((l) => el('option', { value: l.code, text: l.name })));
  select.value = state.lang;
  $('#persona-dialog').showModal();
  $('#persona-name').focus();
}

async function submitPersona(event) {
  event.preventDefault();
  const error = $('#persona-error');
  try {
    const persona = await api('/api/personas', {
      json: { name: $('#persona-name').value, language: $('#persona-language').value },
    });
    state.personas.push(persona);
    $('#persona-dialog').close();
    await selectPersona(persona.id);
  } catch (failure) {
    // The server's own words (e.g. "a name of 1 to 64 characters is needed").
    error.textContent = failure.message;
    error.hidden = false;
  }
}

// ---------------------------------------------------------------- the chat

/** Fetches the open chat; events that arrive meanwhile are replayed on top of it, in order. */
async function loadChat() {
  const chatId = state.current;
  if (chatId === null) return;
  const seq = ++state.loadSeq;
  state.pending = { chatId, events: [] };
  let data;
  try {
    data = await api(`/api/chats/${chatId}`);
  } catch (error) {
    if (seq === state.loadSeq) { state.pending = null; state.loading = false; showToast(error.message); }
    return;
  }
  if (seq !== state.loadSeq) return; // a newer load (or another persona) superseded this one
  const buffered = state.pending.events;
  state.pending = null;
  state.loading = false;
  state.chatZone = data.zone || null; // the reader's clock: a buyer's own zone, else the fair's
  state.messages = new Map();
  for (const message of data.messages || []) {
    if (!message.deleted) state.messages.set(message.id, message);
  }
  renderAllMessages();
  setReplyKeyboard(data.reply_keyboard);
  buffered.forEach(applyChatEvent);
  scrollToBottom();
}

function renderAllMessages() {
  const sorted = [...state.messages.values()].sort((a, b) => a.id - b.id);
  $('#message-list').replaceChildren(...sorted.map(renderMessage));
  refreshDaySeparators();
}

/** Adds a message or replaces the bubble with the same id in place (an edit). */
function upsertMessage(message, isNew) {
  if (!message) return;
  if (message.deleted) { removeMessage(message.id); return; }
  const stick = isNew || nearBottom();
  state.messages.set(message.id, message);
  const node = renderMessage(message);
  const existing = bubbleNode(message.id);
  if (existing) {
    existing.replaceWith(node);
  } else {
    const later = [...document.querySelectorAll('#message-list [data-testid="message"]')]
      .find((n) => Number(n.dataset.messageId) > message.id);
    $('#message-list').insertBefore(node, later || null);
  }
  refreshDaySeparators();
  if (stick) scrollToBottom();
}

function removeMessage(id) {
  state.messages.delete(id);
  const node = bubbleNode(id);
  if (node) node.remove();
  refreshDaySeparators();
}

function bubbleNode(id) {
  return document.querySelector(`#message-list [data-testid="message"][data-message-id="${Number(id)}"]`);
}

function renderMessage(message) {
  const from = message.from_bot ? 'bot' : 'user';
  const bubble = el('div', { class: `bubble kind-${message.kind || 'text'}` });
  if (message.photo) {
    bubble.append(el('img', {
      class: 'photo', 'data-testid': 'message-photo', src: message.photo, alt: '',
      onload: () => { if (nearBottom(400)) scrollToBottom(); }, // the image grew the list
      onclick: () => window.open(message.photo, '_blank', 'noopener'),
    }));
  }
  if (message.document) bubble.append(documentLink(message.document));
  if (message.contact) {
    bubble.append(el('div', { class: 'contact-card' },
      el('span', { class: 'contact-icon', 'aria-hidden': 'true', text: '👤' }),
      el('span', { class: 'contact-phone', dir: 'ltr', text: message.contact.phone_number })));
  }
  if (message.sticker) bubble.append(el('div', { class: 'sticker', text: message.sticker }));

  const editedText = message.edited ? t('edited') : '';
  const text = el('div', {
    class: `text${message.html ? '' : ' empty'}`, 'data-testid': 'message-text',
    // Invisible copy of the meta line: reserves room for it at the end of the last line.
    'data-meta': [editedText, message.time].filter(Boolean).join(' '),
  });
  text.innerHTML = message.html || ''; // already sanitised by the server (Telegram's tag subset)
  polishHtml(text);
  const meta = el('span', { class: 'meta' },
    message.edited ? el('span', { class: 'edited', 'data-testid': 'edited', text: editedText }) : null,
    el('time', { datetime: new Date(message.date * 1000).toISOString(), text: message.time || '' }));
  // The text and its time follow the message's own direction (an English reply in an
  // Arabic chat reads left to right); the bubble itself stays on the page's side.
  bubble.append(el('div', { class: 'content', dir: 'auto' }, text, meta));

  const node = el('div', {
    class: `message from-${from}`, 'data-testid': 'message',
    'data-message-id': message.id, 'data-from': from,
  }, bubble);
  if (message.buttons && message.buttons.length) node.append(inlineKeyboard(message));
  return node;
}

function documentLink(doc) {
  return el('a', {
    class: 'document', 'data-testid': 'message-document', href: doc.url, download: doc.name || true,
    title: t('download'),
  },
  el('span', { class: 'document-icon', 'aria-hidden': 'true', text: '📄' }),
  el('span', { class: 'document-text' },
    el('span', { class: 'document-name', dir: 'auto', text: doc.name || doc.url }),
    el('span', { class: 'document-action', text: t('download') })));
}

/** Links open in a new tab (the chat must stay); spoilers reveal on click, as in Telegram. */
function polishHtml(root) {
  for (const link of root.querySelectorAll('a[href]')) {
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
  for (const spoiler of root.querySelectorAll('.tg-spoiler')) {
    spoiler.addEventListener('click', () => spoiler.classList.add('revealed'));
  }
}

function inlineKeyboard(message) {
  const rows = message.buttons.map((row) => el('div', { class: 'kb-row' }, ...row.map((button) => {
    if (button.url) {
      return el('a', {
        class: 'kb-button url', 'data-testid': 'inline-button', href: button.url,
        target: '_blank', rel: 'noopener noreferrer', text: button.text,
      });
    }
    // No disabling on press: the bot itself must cope with double taps.
    return el('button', {
      type: 'button', class: 'kb-button', 'data-testid': 'inline-button',
      'data-callback': button.data ?? '', text: button.text,
      onclick: () => press(message.id, button.data),
    });
  })));
  return el('div', { class: 'inline-keyboard' }, ...rows);
}

function refreshDaySeparators() {
  const list = $('#message-list');
  list.querySelectorAll('.day').forEach((n) => n.remove());
  let lastDay = null;
  for (const node of list.querySelectorAll('[data-testid="message"]')) {
    const message = state.messages.get(Number(node.dataset.messageId));
    const day = message ? formatDay(message.date) : null;
    if (day && day !== lastDay) node.before(el('div', { class: 'day' }, el('span', { text: day })));
    lastDay = day;
  }
  $('#empty-chat').hidden = state.loading || state.messages.size > 0;
}

/** "15 October" in the persona's language, on the reader's clock like the message times. */
function formatDay(unixSeconds) {
  if (!unixSeconds) return null;
  return dayFormat().format(new Date(unixSeconds * 1000));
}

function dayFormat() {
  const zone = state.chatZone || state.zone;
  const key = `${state.lang}|${zone}`; // made again when either changes
  if (dayFormat.key !== key) {
    const options = { weekday: 'short', day: 'numeric', month: 'long' };
    const lang = (state.lang || 'en').replace('_', '-');
    try {
      dayFormat.cache = new Intl.DateTimeFormat(lang, { ...options, timeZone: zone || undefined });
    } catch { // an unknown language or zone: the browser's defaults
      dayFormat.cache = new Intl.DateTimeFormat(undefined, options);
    }
    dayFormat.key = key;
  }
  return dayFormat.cache;
}

function nearBottom(slack = 120) {
  const box = $('#messages');
  return box.scrollHeight - box.scrollTop - box.clientHeight < slack;
}

function scrollToBottom() {
  const box = $('#messages');
  box.scrollTop = box.scrollHeight;
}

// ---------------------------------------------------------------- reply keyboard

function setReplyKeyboard(keyboard) {
  const box = $('#reply-keyboard');
  const rows = (keyboard && keyboard.rows) || [];
  box.hidden = rows.length === 0;
  box.replaceChildren(...rows.map((row) => el('div', { class: 'kb-row' }, ...row.map((button) => el('button', {
    type: 'button',
    class: `reply-button${button.request_contact ? ' contact' : ''}`,
    'data-testid': 'reply-button',
    'data-request-contact': button.request_contact ? 'true' : 'false',
    title: button.request_contact ? t('share_contact') : null,
    text: button.text,
    onclick: () => pressReply(button, keyboard.one_time),
  })))));
  if (!box.hidden && nearBottom(400)) scrollToBottom();
}

async function pressReply(button, oneTime) {
  if (oneTime) setReplyKeyboard(null); // a Telegram app hides a one-time keyboard once used
  const chatId = state.current;
  try {
    if (button.request_contact) await api(`/api/chats/${chatId}/contact`, { method: 'POST' });
    else await api(`/api/chats/${chatId}/send`, { json: { text: button.text } });
  } catch (error) {
    showToast(error.message);
  }
}

// ---------------------------------------------------------------- sending

/** Sends the composer's text; the bubble itself arrives as an event (no local echo). */
async function sendComposer(event) {
  event.preventDefault();
  const input = $('#composer');
  const text = input.value.trim();
  if (!text || state.current === null) return;
  input.value = '';
  try {
    await api(`/api/chats/${state.current}/send`, { json: { text } });
  } catch (error) {
    if (!input.value) input.value = text; // give the text back rather than lose it
    showToast(error.message);
  }
}

async function press(messageId, data) {
  try {
    await api(`/api/chats/${state.current}/press`, { json: { message_id: messageId, data } });
  } catch (error) {
    showToast(error.message);
  }
}

async function sendPhoto() {
  const input = $('#photo-input');
  const file = input.files && input.files[0];
  input.value = ''; // choosing the same file again must fire "change" again
  if (!file || state.current === null) return;
  const form = new FormData();
  form.append('photo', file);
  try {
    await api(`/api/chats/${state.current}/photo`, { body: form });
  } catch (error) {
    showToast(error.message);
  }
}

// ---------------------------------------------------------------- live events

function connectEvents() {
  const source = new EventSource('/api/events');
  source.onopen = () => {
    $('#offline').hidden = true;
    // Whatever happened while we were away (or before we connected) is in the snapshot;
    // a restarted server may also have a different list of personas.
    loadPersonas();
  };
  source.onmessage = (event) => {
    let payload;
    try { payload = JSON.parse(event.data); } catch { return; }
    handleEvent(payload);
  };
  source.onerror = () => {
    $('#offline').hidden = false;
    // EventSource retries by itself unless the server refused outright; then we retry.
    if (source.readyState === EventSource.CLOSED) {
      source.close();
      setTimeout(connectEvents, 2000);
    }
  };
}

function handleEvent(event) {
  if (event.kind === 'personas') { loadPersonas(); return; } // staff linked: new subtitles
  dashboardMayChange();
  const chatId = Number(event.chat_id);
  if (chatId !== state.current) {
    if (event.kind === 'message' && event.message && event.message.from_bot) bumpUnread(chatId);
    return;
  }
  if (event.kind === 'callback_answer') { showAnswer(event.answer); return; }
  if (state.pending && state.pending.chatId === chatId) { state.pending.events.push(event); return; }
  applyChatEvent(event);
}

function applyChatEvent(event) {
  switch (event.kind) {
    case 'message': upsertMessage(event.message, true); break;
    case 'edit': upsertMessage(event.message, false); break;
    case 'delete': if (event.message) removeMessage(event.message.id); break;
    case 'reply_keyboard': setReplyKeyboard(event.reply_keyboard); break;
    default: break;
  }
}

function showAnswer(answer) {
  if (!answer || !answer.text) return; // an empty answer only stops the button's spinner
  if (answer.show_alert) showAlert(answer.text); else showToast(answer.text);
}

// ---------------------------------------------------------------- the dashboard

/** The organizers' charts and totals in the current persona's language; reloaded (at
 * most every few seconds) while the dashboard is open and personas act. */
async function loadDashboard() {
  let data;
  try {
    data = await api(`/api/figures?lang=${encodeURIComponent(state.lang)}`);
  } catch (error) {
    showToast(error.message);
    return;
  }
  $('#dashboard-title').textContent = data.title;
  $('#dashboard-period').textContent = data.period;
  const totals = $('#dashboard-totals');
  totals.replaceChildren(...Object.entries(data.totals).flatMap(([key, value]) => [
    el('dt', {}, data.labels[key]),
    el('dd', { 'data-testid': `total-${key}` }, value === null ? '< 5' : String(value)),
  ]));
  const stamp = Date.now();
  $('#dashboard-charts').replaceChildren(...data.charts.map((chart) => el('img', {
    class: 'dashboard-chart', alt: chart.title, 'data-testid': 'dashboard-chart',
    src: `/figures/${chart.key}.png?lang=${encodeURIComponent(state.lang)}&t=${stamp}`,
  })));
}

function openDashboard() {
  $('#dashboard').showModal();
  loadDashboard();
}

let dashboardTimer = null;
function dashboardMayChange() {
  if (!$('#dashboard').open || dashboardTimer) return;
  dashboardTimer = setTimeout(() => { dashboardTimer = null; loadDashboard(); }, 3000);
}

// ---------------------------------------------------------------- the demo clock

/** The clock's address, asking for its time written in the current persona's language. */
function clockPath() {
  return `/api/clock?lang=${encodeURIComponent(state.lang || 'en')}`;
}

async function refreshClock(data) {
  try {
    data = data || await api(clockPath());
  } catch {
    return; // the offline banner already tells the story
  }
  if (state.zone !== data.zone) state.zone = data.zone;
  if (dayFormat.key !== `${state.lang}|${state.chatZone || state.zone}`) refreshDaySeparators();
  $('[data-testid="clock"]').textContent = data.fair_time;
  $('#clock-zone').textContent = data.zone || '';
  $('#clock-frozen').hidden = !data.frozen;
  const input = $('#clock-input');
  if (document.activeElement !== input) input.value = data.local_value; // don't fight the user
}

async function setClock(body) {
  try {
    await refreshClock(await api(clockPath(), { json: body }));
  } catch (error) {
    showToast(error.message);
  }
}

// ---------------------------------------------------------------- start

function bindUi() {
  $('#composer-form').addEventListener('submit', sendComposer);
  $('#attach').addEventListener('click', () => $('#photo-input').click());
  $('#photo-input').addEventListener('change', sendPhoto);
  $('[data-testid="add-persona"]').addEventListener('click', openPersonaDialog);
  $('#persona-form').addEventListener('submit', submitPersona);
  $('#persona-cancel').addEventListener('click', () => $('#persona-dialog').close());
  $('#alert-ok').addEventListener('click', () => $('#alert-dialog').close());
  $('[data-testid="dashboard-open"]').addEventListener('click', openDashboard);
  $('#dashboard-close').addEventListener('click', () => $('#dashboard').close());
  $('[data-testid="clock-set"]').addEventListener('click', () => {
    const local = $('#clock-input').value;
    if (local) setClock({ local });
  });
  $('[data-testid="clock-reset"]').addEventListener('click', () => setClock({ reset: true }));
  window.addEventListener('hashchange', () => {
    const id = Number(location.hash.slice(1));
    if (id && id !== state.current) selectPersona(id);
  });
  // The clock's controls are open in the column on a desktop, folded in the phone's top bar.
  $('#clock-panel').open = !window.matchMedia('(max-width: 480px)').matches;
}

async function start() {
  bindUi();
  refreshClock();
  setInterval(refreshClock, 30000);
  await loadPersonas();
  connectEvents();
}

start();
