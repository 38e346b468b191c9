import './styles.css';
import { ApiError, graphql } from '../shared/graphql-client';
import { forgetToken, storeToken, storedToken } from '../shared/session';
import { Canvas, LINK_COLOR, NODE_STYLE } from './canvas';
import { button, el } from './dom';
import { History } from './history';
import { language, t } from './i18n';
import { EntityKind, LinkKind, LoadedEntity, loadEntities, search } from './network';
import { renderSideCard } from './side-card';
import { EMPTY_VIEW, NodeRef, ViewState, decodeView, encodeView } from './view-state';
import { WarmPath, findWarmPaths, listManagers, requestIntroduction } from './warm-paths';
import { mayAskForIntroduction } from './introduction-rights';

/** Neighbours added by one expansion, strongest ties first (Neo4j Browser caps at 100; a screenful is less). */
export const EXPANSION_CAP = 25;
const SLICER_START = '2000-01';

interface Viewer {
  role: string;
  managerId: string | null;
  maskedFields: string[];
}

const app = document.getElementById('app')!;
document.documentElement.lang = language;
document.title = t.title;

function showSignIn(message = ''): void {
  const input = el('input', { type: 'password', id: 'token', name: 'token', autocomplete: 'current-password', required: true });
  const error = el('p', { class: 'error', role: 'alert' }, message);
  const form = el('form', { class: 'sign-in' }, el('h1', {}, t.title), el('label', { for: 'token' }, t.tokenLabel), input, el('button', { type: 'submit' }, t.signIn), error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = input.value.trim();
    try {
      const viewer = await fetchViewer(token);
      storeToken(token);
      start(token, viewer);
    } catch (e) {
      error.textContent = e instanceof ApiError && e.code === 'UNAUTHENTICATED' ? t.badToken : `${t.error}: ${(e as Error).message}`;
    }
  });
  app.replaceChildren(form);
  input.focus();
}

async function fetchViewer(token: string): Promise<Viewer> {
  return (await graphql<{ viewer: Viewer }>(token, 'query Viewer { viewer { role managerId maskedFields } }')).viewer;
}

function start(token: string, viewer: Viewer): void {
  const masked = new Set(viewer.maskedFields);
  let view: ViewState = decodeView(location.hash);
  const loaded = new Map<string, LoadedEntity>();
  const history = new History<NodeRef[]>();
  let paths: WarmPath[] = [];
  let playing: number | undefined;

  // ---- layout of the page ----
  const message = el('p', { class: 'message', role: 'alert' });
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const searchInput = el('input', { type: 'search', id: 'search', placeholder: t.searchPlaceholder, autocomplete: 'off' });
  const hits = el('ul', { class: 'hits', 'aria-label': t.search });
  const searchForm = el('form', { class: 'search', role: 'search' }, el('label', { for: 'search', class: 'visually-hidden' }, t.search), searchInput, hits);
  const undoButton = button(t.undo, () => void undo());
  const redoButton = button(t.redo, () => void redo());
  const toolbar = el('div', { class: 'toolbar' }, undoButton, redoButton,
    button(t.clear, () => void setNodes([], true)),
    button(t.exportPng, exportPng),
    button(t.copyLink, () => void navigator.clipboard?.writeText(location.href).then(() => say(t.linkCopied), () => say(location.href))),
    button(t.signOut, () => { forgetToken(); location.hash = ''; location.reload(); }),
  );
  const header = el('header', {}, el('h1', {}, t.title), searchForm, toolbar, el('span', { class: 'who' }, t.signedInAs(viewer.role)));

  const trustInput = el('input', { type: 'range', id: 'min-trust', min: '0', max: '1', step: '0.05', value: String(view.minTrust) });
  const trustValue = el('output', { for: 'min-trust' }, view.minTrust.toFixed(2));
  const linkKinds = Object.keys(LINK_COLOR) as LinkKind[];
  const kindBoxes = linkKinds.map((kind) => el('input', { type: 'checkbox', id: `kind-${kind}`, value: kind, checked: !view.hiddenLinks.includes(kind) }));
  const kindRows = linkKinds.map((kind, i) => {
    kindBoxes[i].addEventListener('change', () => {
      view.hiddenLinks = kindBoxes.filter((b) => !b.checked).map((b) => b.value as LinkKind);
      applyFilter();
    });
    const swatch = el('span', { class: 'swatch line' });
    swatch.style.background = LINK_COLOR[kind];
    return el('label', { for: `kind-${kind}`, class: 'kind-row' }, kindBoxes[i], swatch, t.kinds[kind]);
  });
  const months = monthsSince(SLICER_START);
  const sliceInput = el('input', { type: 'range', id: 'since', min: '0', max: String(months.length), step: '1', value: String(view.since ? months.indexOf(view.since) + 1 : 0) });
  const sliceValue = el('output', { for: 'since' }, view.since ?? t.sinceAll);
  const playButton = button(t.play, togglePlay);
  trustInput.addEventListener('input', () => {
    view.minTrust = Number(trustInput.value);
    applyFilter();
  });
  sliceInput.addEventListener('input', () => {
    view.since = Number(sliceInput.value) === 0 ? null : months[Number(sliceInput.value) - 1];
    applyFilter();
  });
  const legend = el('section', { class: 'legend', 'aria-label': t.legend }, el('h2', {}, t.legend), el('p', {}, t.legendShape),
    el('ul', {}, ...(Object.keys(NODE_STYLE) as EntityKind[]).map((kind) => {
      const swatch = el('span', { class: `swatch ${NODE_STYLE[kind].shape}` });
      swatch.style.background = NODE_STYLE[kind].color;
      return el('li', {}, swatch, kind === 'MANAGER' ? t.manager : kind === 'REP' ? t.rep : t.company);
    })),
    el('p', {}, t.legendEdge));
  const filters = el('section', { class: 'filters', 'aria-label': t.filters }, el('h2', {}, t.filters),
    el('fieldset', {}, ...kindRows),
    el('label', { for: 'min-trust' }, t.minTrust), trustInput, trustValue,
    el('label', { for: 'since' }, t.since), sliceInput, sliceValue, playButton);

  const fromSelect = el('select', { id: 'path-from' }, el('option', { value: '' }, t.wholeTeam));
  const pathTarget = el('span', { class: 'path-target' });
  const pathList = el('ol', { class: 'paths' });
  const stepList = el('ol', { class: 'steps', 'aria-label': t.step });
  const stepButtons = el('div', { class: 'step-buttons' }, button(t.prevStep, () => moveStep(-1)), button(t.nextStep, () => moveStep(1)));
  const introButton = button(t.requestIntro, () => void askIntroduction(), { class: 'ask-intro', hidden: true });
  const pathsPanel = el('section', { class: 'warm-paths', 'aria-label': t.warmPaths }, el('h2', {}, t.warmPaths),
    el('label', { for: 'path-from' }, t.from), fromSelect, el('p', {}, t.to, ': ', pathTarget),
    button(t.findPaths, () => void searchPaths()), pathList, stepList, stepButtons, introButton);

  const container = el('div', { class: 'canvas', id: 'canvas' });
  const nodeList = el('ul', { class: 'node-list' });
  const actions = el('div', { class: 'node-actions' });
  const cardHolder = el('div', { class: 'side-card' });
  app.replaceChildren(header, message, el('main', {},
    el('aside', { class: 'left' }, filters, legend, pathsPanel),
    el('div', { class: 'stage' }, container, status),
    el('aside', { class: 'right' }, el('section', { 'aria-label': t.nodes }, el('h2', {}, t.nodes), nodeList), actions, cardHolder),
  ));
  const canvas = new Canvas(container, (id) => void openNode(id));
  Object.assign(window, { tsunaguExplorer: { renderer: canvas.renderer, graph: canvas.graph } });

  // ---- behaviour ----
  function say(text: string): void {
    message.textContent = text;
  }
  const fail = (e: unknown) => say(`${t.error}: ${(e as Error).message}`);

  function writeUrl(): void {
    window.history.replaceState(null, '', `#${encodeView(view)}`);
    undoButton.disabled = !history.canUndo();
    redoButton.disabled = !history.canRedo();
  }

  function entitiesOnScreen(): LoadedEntity[] {
    return view.nodes.map((n) => loaded.get(n.id)).filter((e): e is LoadedEntity => !!e);
  }

  function drawAll(): void {
    const path = view.path ? paths[view.path.index] : undefined;
    const extra = path ? path.steps.map((s, i) => ({ a: path.people[i].id, b: path.people[i + 1].id, link: s.link, trust: s.trust })) : [];
    canvas.show(entitiesOnScreen(), extra);
    canvas.setPath(path ? pathIds(path) : [], path && view.path ? view.path.step : null);
    canvas.setSelected(view.selected);
    canvas.setFilter(view);
    renderNodeList();
    renderStatus();
    writeUrl();
  }

  /** Puts exactly these nodes on screen (loading what is new); `record` makes it undoable. */
  async function setNodes(refs: NodeRef[], record: boolean): Promise<void> {
    const missing = refs.filter((r) => !loaded.has(r.id));
    say(missing.length ? t.loading : '');
    try {
      for (const entity of await loadEntities(token, missing)) loaded.set(entity.id, entity);
    } catch (e) {
      return fail(e);
    }
    say('');
    if (record) history.push(view.nodes);
    const seen = new Set<string>();
    view.nodes = refs.filter((r) => loaded.has(r.id) && !seen.has(r.id) && seen.add(r.id));
    drawAll();
    canvas.runLayout();
    renderActions();
  }

  function hiddenNeighbours(id: string): NodeRef[] {
    const onScreen = new Set(view.nodes.map((n) => n.id));
    const seen = new Set<string>();
    return (loaded.get(id)?.neighbours ?? [])
      .filter((n) => !onScreen.has(n.entity.id) && !seen.has(n.entity.id) && seen.add(n.entity.id))
      .map((n) => ({ id: n.entity.id, kind: n.entity.kind }));
  }

  async function expand(id: string): Promise<void> {
    const next = hiddenNeighbours(id).slice(0, EXPANSION_CAP);
    if (next.length) await setNodes([...view.nodes, ...next], true);
  }

  /** Removes the node's neighbours that hang on it alone (not selected, not on the path). */
  async function collapse(id: string): Promise<void> {
    const onScreen = new Set(view.nodes.map((n) => n.id));
    const keep = new Set([id, view.selected, ...(view.path ? paths[view.path.index]?.people.map((p) => p.id) ?? [] : [])]);
    const drop = new Set((loaded.get(id)?.neighbours ?? []).map((n) => n.entity.id).filter((other) =>
      onScreen.has(other) && !keep.has(other) && canvas.graph.neighbors(other).every((x) => x === id)));
    if (drop.size) await setNodes(view.nodes.filter((n) => !drop.has(n.id)), true);
  }

  async function openNode(id: string): Promise<void> {
    await select(id);
    await expand(id);
  }

  // a slow answer for an earlier selection or path search must not draw over a later one: only the newest draws
  let selections = 0;
  let pathSearches = 0;
  async function select(id: string | null): Promise<void> {
    const mine = ++selections;
    view.selected = id;
    canvas.setSelected(id);
    markSelected();
    renderActions();
    writeUrl();
    cardHolder.replaceChildren();
    const node = view.nodes.find((n) => n.id === id);
    if (!node) return;
    pathTarget.textContent = node.kind === 'MANAGER' ? t.pickTarget : loaded.get(node.id)?.name ?? '';
    try {
      const card = await renderSideCard(token, node.id, node.kind, { masked, since: view.since });
      if (mine === selections) cardHolder.replaceChildren(card);
    } catch (e) {
      if (mine === selections) fail(e);
    }
  }

  function renderActions(): void {
    const id = view.selected;
    if (!id || !loaded.has(id)) return actions.replaceChildren();
    const more = hiddenNeighbours(id).length;
    actions.replaceChildren(
      more ? button(t.more(more), () => void expand(id), { class: 'more' }) : el('span'),
      button(t.collapse, () => void collapse(id)),
    );
  }

  /** The list beside the canvas, changed item by item: at 2,000 nodes, rebuilding it would stall the page. */
  const listItems = new Map<string, HTMLLIElement>();
  function renderNodeList(): void {
    const entities = entitiesOnScreen();
    const wanted = new Set(entities.map((e) => e.id));
    for (const [id, item] of listItems) {
      if (wanted.has(id)) continue;
      item.remove();
      listItems.delete(id);
    }
    let previous: HTMLLIElement | null = null;
    for (const entity of entities) {
      let item = listItems.get(entity.id);
      if (!item) {
        item = listItem(entity);
        listItems.set(entity.id, item);
      }
      const expected: ChildNode | null = previous ? previous.nextSibling : nodeList.firstChild;
      if (expected !== item) nodeList.insertBefore(item, expected);
      previous = item;
    }
    markSelected();
  }

  let pressed: HTMLButtonElement | null = null;
  function markSelected(): void {
    pressed?.setAttribute('aria-pressed', 'false');
    pressed = view.selected ? listItems.get(view.selected)?.querySelector('button') ?? null : null;
    pressed?.setAttribute('aria-pressed', 'true');
  }

  function listItem(entity: LoadedEntity): HTMLLIElement {
    const kind = entity.kind === 'MANAGER' ? t.manager : entity.kind === 'REP' ? t.rep : t.company;
    const b = button(entity.name, () => void openNode(entity.id), { 'data-id': entity.id, 'aria-pressed': 'false', title: kind });
    const swatch = el('span', { class: `swatch ${NODE_STYLE[entity.kind].shape}`, 'aria-hidden': 'true' });
    swatch.style.background = NODE_STYLE[entity.kind].color;
    return el('li', {}, swatch, b);
  }

  function renderStatus(): void {
    status.textContent = t.status(canvas.graph.order, canvas.visibleEdgeCount());
  }

  function applyFilter(): void {
    trustValue.textContent = view.minTrust.toFixed(2);
    sliceValue.textContent = view.since ?? t.sinceAll;
    canvas.setFilter(view);
    renderStatus();
    writeUrl();
  }

  function togglePlay(): void {
    if (playing !== undefined) {
      window.clearInterval(playing);
      playing = undefined;
      playButton.textContent = t.play;
      return;
    }
    playButton.textContent = t.pause;
    if (Number(sliceInput.value) >= months.length) sliceInput.value = '0';
    playing = window.setInterval(() => {
      sliceInput.value = String(Math.min(months.length, Number(sliceInput.value) + 3));
      sliceInput.dispatchEvent(new Event('input'));
      if (Number(sliceInput.value) >= months.length) togglePlay();
    }, 250);
  }

  async function undo(): Promise<void> {
    const previous = history.undo(view.nodes);
    if (previous) await setNodes(previous, false);
  }

  async function redo(): Promise<void> {
    const next = history.redo(view.nodes);
    if (next) await setNodes(next, false);
  }

  async function searchPaths(): Promise<void> {
    const target = view.nodes.find((n) => n.id === view.selected);
    if (!target || target.kind === 'MANAGER') return say(t.pickTarget);
    view.path = { to: target, from: fromSelect.value || null, index: 0, step: 0 };
    await showPaths(true);
  }

  /** Runs the warm-path query of view.path, puts its people on screen and highlights the chosen path. */
  async function showPaths(record: boolean): Promise<void> {
    if (!view.path) return;
    const mine = ++pathSearches;
    let found: typeof paths;
    try {
      found = await findWarmPaths(token, view.path.to.id, view.path.from);
    } catch (e) {
      return mine === pathSearches ? fail(e) : undefined;
    }
    if (mine !== pathSearches) return;
    paths = found;
    if (!paths.length) {
      say(t.noPaths);
      view.path = null;
    }
    const path = view.path ? paths[Math.min(view.path.index, paths.length - 1)] : undefined;
    if (view.path) view.path.index = paths.indexOf(path!);
    const onScreen = new Set(view.nodes.map((n) => n.id));
    const missing = (path?.people ?? []).filter((p) => !onScreen.has(p.id)).map((p) => ({ id: p.id, kind: p.kind }));
    const targetMissing = view.path && !onScreen.has(view.path.to.id) && !missing.some((m) => m.id === view.path!.to.id) ? [view.path.to] : [];
    await setNodes([...view.nodes, ...missing, ...targetMissing], record && missing.length + targetMissing.length > 0);
    renderPaths();
  }

  function renderPaths(): void {
    const path = view.path ? paths[view.path.index] : undefined;
    pathList.replaceChildren(...paths.map((p, i) => el('li', {}, button(t.path(i + 1, p.strength, p.hops), () => {
      view.path = { ...view.path!, index: i, step: 0 };
      void showPaths(true);
    }, { 'aria-pressed': String(i === view.path?.index) }))));
    stepList.replaceChildren(...(path?.steps ?? []).map((s, i) => el('li', { class: i === view.path!.step ? 'active' : '', 'aria-current': i === view.path!.step ? 'step' : undefined },
      el('strong', {}, `${path!.people[i].name} → ${path!.people[i + 1].name} (${s.trust.toFixed(2)})`), el('br'), s.reason)));
    stepButtons.hidden = !path;
    // offered only to who may ask for it (analysts never; a manager from themselves): the service refuses the rest
    introButton.hidden = !path || !mayAskForIntroduction(viewer, path.people[0]?.id);
  }

  /** The path's people, and its target company when it ends there (the last link is then "works at"). */
  function pathIds(path: WarmPath): string[] {
    const ids = path.people.map((p) => p.id);
    return view.path?.to.kind === 'COMPANY' ? [...ids, view.path.to.id] : ids;
  }

  function moveStep(delta: number): void {
    const path = view.path ? paths[view.path.index] : undefined;
    if (!path || !view.path) return;
    view.path.step = Math.max(0, Math.min(path.steps.length - 1, view.path.step + delta));
    canvas.setPath(pathIds(path), view.path.step);
    renderPaths();
    writeUrl();
  }

  async function askIntroduction(): Promise<void> {
    const path = view.path ? paths[view.path.index] : undefined;
    if (!path) return;
    try {
      say(t.introRequested(await requestIntroduction(token, path)));
    } catch (e) {
      fail(e);
    }
  }

  function exportPng(): void {
    const link = el('a', { href: canvas.toPng(), download: 'tsunagu-explorer.png' });
    document.body.append(link);
    link.click();
    link.remove();
  }

  let searchTimer: number | undefined;
  searchInput.addEventListener('input', () => {
    window.clearTimeout(searchTimer);
    // the hits of the text before are gone at once, and a search for it still running will not draw them: Tab never
    // lands on a hit of an earlier search (found by an outsider: it did, and lost the focus when the new hits came)
    searchesStarted++;
    hits.replaceChildren();
    searchTimer = window.setTimeout(() => void runSearch(), 250);
  });
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter searches now: the search the typing scheduled would only answer the same text again, later, and replace
    // the list under a user who has already tabbed into it
    window.clearTimeout(searchTimer);
    void runSearch();
  });
  let searchesStarted = 0;
  async function runSearch(): Promise<void> {
    const text = searchInput.value.trim();
    const started = ++searchesStarted;
    if (!text) return hits.replaceChildren();
    try {
      const found = await search(token, text);
      // only the newest search draws the list; an older answer arriving late is dropped
      if (started !== searchesStarted || searchInput.value.trim() !== text) return;
      const focusedHit = hits.contains(document.activeElement) ? document.activeElement?.getAttribute('data-id') : null;
      hits.replaceChildren(...(found.length ? found.map((hit) => el('li', {}, button(`${hit.name}${hit.detail ? ` — ${hit.detail}` : ''}`, () => void openHit(hit), { 'data-id': hit.id }))) : [el('li', {}, t.noHits)]));
      // a list drawn again keeps the keyboard where it was
      if (focusedHit) hits.querySelector<HTMLElement>(`button[data-id="${CSS.escape(focusedHit)}"]`)?.focus();
    } catch (e) {
      if (started === searchesStarted) fail(e);
    }
  }
  async function openHit(hit: NodeRef): Promise<void> {
    hits.replaceChildren();
    if (!view.nodes.some((n) => n.id === hit.id)) await setNodes([...view.nodes, { id: hit.id, kind: hit.kind }], true);
    await select(hit.id);
    // the keyboard goes on at the card of what was opened, not at the top of the page (the hit it was on is gone)
    const heading = cardHolder.querySelector<HTMLElement>('.card h2');
    if (view.selected === hit.id && heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || (event.target as HTMLElement).matches('input[type=search]')) return;
    event.preventDefault();
    void (event.shiftKey ? redo() : undo());
  });

  // ---- restore what the link describes ----
  void (async () => {
    listManagers(token).then((managers) => {
      fromSelect.append(...managers.map((m) => el('option', { value: m.id, selected: m.id === (view.path?.from ?? viewer.managerId) }, m.name)));
    }, fail);
    const restored = view;
    view = { ...EMPTY_VIEW, hiddenLinks: restored.hiddenLinks, minTrust: restored.minTrust, since: restored.since };
    await setNodes(restored.nodes, false);
    if (restored.path) {
      view.path = restored.path;
      await showPaths(false);
      if (view.path) moveStep(0);
    }
    if (restored.selected) await select(restored.selected);
    renderPaths();
  })();
}

/** Every month from `first` (YYYY-MM) to this one. */
function monthsSince(first: string): string[] {
  const months: string[] = [];
  const now = new Date();
  for (let y = Number(first.slice(0, 4)), m = Number(first.slice(5)); y < now.getFullYear() || (y === now.getFullYear() && m <= now.getMonth() + 1); m === 12 ? (y++, (m = 1)) : m++) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return months;
}

const saved = storedToken();
if (saved) fetchViewer(saved).then((viewer) => start(saved, viewer), () => { forgetToken(); showSignIn(); });
else showSignIn();
