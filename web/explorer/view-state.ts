import { EntityKind, LinkKind } from './network';

export interface NodeRef {
  id: string;
  kind: EntityKind;
}

/** The warm-path search on screen: its target, its start (null: the whole team), the path and step shown. */
export interface PathView {
  to: NodeRef;
  from: string | null;
  index: number;
  step: number;
}

/** Everything a shared link restores (never the token). */
export interface ViewState {
  nodes: NodeRef[];
  selected: string | null;
  hiddenLinks: LinkKind[];
  minTrust: number;
  /** YYYY-MM: only ties since then; null shows all. */
  since: string | null;
  path: PathView | null;
}

export const EMPTY_VIEW: ViewState = { nodes: [], selected: null, hiddenLinks: [], minTrust: 0, since: null, path: null };

const KIND_CODE: Record<EntityKind, string> = { MANAGER: 'm', REP: 'r', COMPANY: 'c' };
const CODE_KIND: Record<string, EntityKind> = { m: 'MANAGER', r: 'REP', c: 'COMPANY' };
const LINKS: LinkKind[] = ['BUSINESS', 'COLLEAGUE', 'FORMER_COLLEAGUE', 'PERSONAL', 'EMPLOYMENT', 'OWNER', 'INTRODUCED'];

const ref = (node: NodeRef) => `${KIND_CODE[node.kind]}:${encodeURIComponent(node.id)}`;
function unref(text: string): NodeRef | null {
  const kind = CODE_KIND[text.slice(0, 1)];
  if (!kind || text[1] !== ':') return null;
  try {
    return { kind, id: decodeURIComponent(text.slice(2)) };
  } catch {
    return null;
  }
}

/** The view as a URL fragment (`#n=…&sel=…`): read by `decodeView`, never sent to the server. */
export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.nodes.length) params.set('n', view.nodes.map(ref).join(','));
  if (view.selected) params.set('sel', view.selected);
  if (view.hiddenLinks.length) params.set('hide', view.hiddenLinks.join(','));
  if (view.minTrust > 0) params.set('min', String(view.minTrust));
  if (view.since) params.set('since', view.since);
  if (view.path) params.set('path', [ref(view.path.to), view.path.from ? encodeURIComponent(view.path.from) : '', view.path.index, view.path.step].join(','));
  return params.toString();
}

/** Reads a fragment written by `encodeView`; whatever is malformed falls back to the default. */
export function decodeView(fragment: string): ViewState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const nodes = (params.get('n') ?? '').split(',').filter(Boolean).map(unref).filter((n): n is NodeRef => n !== null);
  const min = Number(params.get('min') ?? 0);
  const since = params.get('since');
  let path: PathView | null = null;
  const [to, from, index, step] = (params.get('path') ?? '').split(',');
  const target = to ? unref(to) : null;
  if (target) {
    let start: string | null = null;
    try {
      start = from ? decodeURIComponent(from) : null;
    } catch {
      start = null;
    }
    path = { to: target, from: start, index: Math.max(0, Number(index) || 0), step: Math.max(0, Number(step) || 0) };
  }
  return {
    nodes,
    selected: params.get('sel'),
    hiddenLinks: (params.get('hide') ?? '').split(',').filter((k): k is LinkKind => (LINKS as string[]).includes(k)),
    minTrust: Number.isFinite(min) && min >= 0 && min <= 1 ? min : 0,
    since: since && /^\d{4}-\d{2}$/.test(since) ? since : null,
    path,
  };
}
