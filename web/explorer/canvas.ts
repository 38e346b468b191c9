import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { NodeSquareProgram } from '@sigma/node-square';
import { createNodeBorderProgram } from '@sigma/node-border';
import { EntityKind, LinkKind, LoadedEntity } from './network';

/** How each kind of node looks (the legend reads these). */
export const NODE_STYLE: Record<EntityKind, { color: string; size: number; shape: 'border' | 'circle' | 'square' }> = {
  MANAGER: { color: '#e8590c', size: 11, shape: 'border' },
  REP: { color: '#1c7ed6', size: 7, shape: 'circle' },
  COMPANY: { color: '#2b8a3e', size: 10, shape: 'square' },
};

/** Colour of each kind of link; a trust tie's width grows with its trust. */
export const LINK_COLOR: Record<LinkKind, string> = {
  BUSINESS: '#4263eb', COLLEAGUE: '#0ca678', FORMER_COLLEAGUE: '#f59f00', PERSONAL: '#d6336c',
  EMPLOYMENT: '#adb5bd', OWNER: '#495057', INTRODUCED: '#7048e8',
};
export const linkWidth = (trust: number | null): number => (trust === null ? 1 : 0.5 + 5 * trust);

const PATH_COLOR = '#e03131';
/** Up to this many links the layout moves the canvas live; above, it runs on a copy (see runLayout). */
const LIVE_LAYOUT_MAX_EDGES = 1500;
const DIMMED = '#dee2e6';

export interface EdgeFilter {
  hiddenLinks: readonly LinkKind[];
  minTrust: number;
  /** YYYY-MM: trust ties recorded as starting before this month are hidden (and those with no start). */
  since: string | null;
}

interface LinkAttributes {
  link: LinkKind;
  trust: number | null;
  since: string | null;
  size: number;
  color: string;
}

const edgeKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** A stable number in [0, 1) from a text: new nodes start at the same place on every machine. */
function unit(text: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

/**
 * The graph on screen: sigma draws it (WebGL), graphology holds it, ForceAtlas2 lays it out in a web worker so the
 * page never freezes. Filters, hover and the highlighted path are reducers: they change how things are drawn, not
 * the graph.
 */
export class Canvas {
  readonly graph = new Graph<Record<string, unknown>, LinkAttributes>({ type: 'undirected' });
  readonly renderer: Sigma<Record<string, unknown>, LinkAttributes>;
  private filter: EdgeFilter = { hiddenLinks: [], minTrust: 0, since: null };
  private hovered: string | null = null;
  private selected: string | null = null;
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();
  private activeEdge: string | null = null;
  private layout: FA2Layout | null = null;
  private layoutTarget: Graph | null = null;
  private layoutTimer: number | undefined;
  private applyTimer: number | undefined;

  constructor(container: HTMLElement, onClick: (id: string) => void) {
    this.renderer = new Sigma<Record<string, unknown>, LinkAttributes>(this.graph, container, {
      nodeProgramClasses: {
        square: NodeSquareProgram,
        border: createNodeBorderProgram({
          borders: [{ size: { value: 0.35 }, color: { value: '#5f3dc4' } }, { size: { fill: true }, color: { attribute: 'color' } }],
        }),
      },
      labelFont: '"IPAGothic", "Noto Sans CJK JP", "Hiragino Sans", sans-serif',
      labelRenderedSizeThreshold: 6,
      zIndex: true,
      nodeReducer: (node, data) => this.drawNode(node, data),
      edgeReducer: (edge, data) => this.drawEdge(edge, data as LinkAttributes),
    });
    this.renderer.on('clickNode', ({ node }) => onClick(node));
    this.renderer.on('enterNode', ({ node }) => this.hover(node));
    this.renderer.on('leaveNode', () => this.hover(null));
  }

  /** Makes the graph show exactly `entities` and the links among them (plus `extraLinks`, e.g. introduced steps). */
  show(entities: readonly LoadedEntity[], extraLinks: readonly { a: string; b: string; link: LinkKind; trust: number | null }[] = []): void {
    const wanted = new Map(entities.map((e) => [e.id, e]));
    this.graph.forEachNode((id) => {
      if (!wanted.has(id)) this.graph.dropNode(id);
    });
    for (const entity of entities) {
      if (this.graph.hasNode(entity.id)) continue;
      const style = NODE_STYLE[entity.kind];
      const anchor = entity.neighbours.find((n) => this.graph.hasNode(n.entity.id));
      const base = anchor ? this.graph.getNodeAttributes(anchor.entity.id) : { x: 0, y: 0 };
      const angle = unit(entity.id, 1) * 2 * Math.PI;
      const radius = anchor ? 5 + 10 * unit(entity.id, 2) : 50 * unit(entity.id, 3);
      this.graph.addNode(entity.id, {
        label: entity.name, x: (base.x as number) + radius * Math.cos(angle), y: (base.y as number) + radius * Math.sin(angle),
        size: style.size, color: style.color, type: style.shape, kind: entity.kind,
      });
    }
    const links = new Map<string, { a: string; b: string; link: LinkKind; trust: number | null; since: string | null }>();
    for (const entity of entities) {
      for (const n of entity.neighbours) {
        if (wanted.has(n.entity.id)) links.set(edgeKey(entity.id, n.entity.id), { a: entity.id, b: n.entity.id, link: n.link, trust: n.trust, since: n.since });
      }
    }
    for (const extra of extraLinks) {
      const key = edgeKey(extra.a, extra.b);
      if (!links.has(key) && wanted.has(extra.a) && wanted.has(extra.b)) links.set(key, { ...extra, since: null });
    }
    this.graph.forEachEdge((key) => {
      if (!links.has(key)) this.graph.dropEdge(key);
    });
    for (const [key, l] of links) {
      if (this.graph.hasEdge(key)) continue;
      this.graph.addUndirectedEdgeWithKey(key, l.a, l.b, { link: l.link, trust: l.trust, since: l.since, size: linkWidth(l.trust), color: LINK_COLOR[l.link] });
    }
  }

  setFilter(filter: EdgeFilter): void {
    this.filter = filter;
    this.renderer.refresh({ skipIndexation: true, schedule: true });
  }

  setSelected(id: string | null): void {
    this.selected = id;
    this.renderer.refresh({ skipIndexation: true, schedule: true });
  }

  /** Highlights a path (its people in order); `activeStep` is the step drawn strongest. */
  setPath(people: readonly string[], activeStep: number | null): void {
    this.pathNodes = new Set(people);
    this.pathEdges = new Set(people.slice(1).map((id, i) => edgeKey(people[i], id)));
    this.activeEdge = activeStep !== null && people[activeStep + 1] ? edgeKey(people[activeStep], people[activeStep + 1]) : null;
    this.renderer.refresh({ skipIndexation: true, schedule: true });
  }

  /** Links that pass the filters (what the status line counts). */
  visibleEdgeCount(): number {
    let n = 0;
    this.graph.forEachEdge((key, attributes) => {
      if (this.passes(key, attributes)) n++;
    });
    return n;
  }

  private passes(key: string, l: LinkAttributes): boolean {
    if (this.pathEdges.has(key)) return true;
    if (this.filter.hiddenLinks.includes(l.link)) return false;
    if (l.trust !== null && l.trust < this.filter.minTrust) return false;
    if (this.filter.since && l.trust !== null && (!l.since || l.since.slice(0, 7) < this.filter.since)) return false;
    return true;
  }

  private hover(node: string | null): void {
    this.hovered = node;
    this.renderer.refresh({ skipIndexation: true, schedule: true });
  }

  private drawNode(node: string, data: Record<string, unknown>): Record<string, unknown> {
    const shown = { ...data };
    const onPath = this.pathNodes.size > 0;
    if (this.hovered && node !== this.hovered && !this.graph.areNeighbors(node, this.hovered)) {
      shown.color = DIMMED;
      shown.label = '';
    } else if (onPath && !this.pathNodes.has(node) && node !== this.hovered) {
      shown.color = DIMMED;
    }
    if (this.pathNodes.has(node) || node === this.selected || node === this.hovered) {
      shown.highlighted = true;
      shown.zIndex = 2;
    }
    return shown;
  }

  private drawEdge(edge: string, data: LinkAttributes): Record<string, unknown> {
    const shown: Record<string, unknown> = { ...data };
    if (!this.passes(edge, data)) return { ...shown, hidden: true };
    if (this.hovered && !this.graph.hasExtremity(edge, this.hovered)) return { ...shown, hidden: true };
    if (this.pathEdges.size) {
      if (this.pathEdges.has(edge)) {
        shown.color = PATH_COLOR;
        shown.size = edge === this.activeEdge ? 9 : 5;
        shown.zIndex = 2;
      } else {
        shown.color = DIMMED;
      }
    }
    return shown;
  }

  /**
   * Runs ForceAtlas2 in its worker for a while; the page stays responsive meanwhile. Small graphs move live. Above
   * LIVE_LAYOUT_MAX_EDGES the worker lays out a copy and the canvas takes its positions once a second: redrawing
   * 9,000 edges on every layout step kept the main thread busy for seconds (bench/explorer.bench.ts).
   */
  runLayout(): void {
    this.stopLayout();
    const order = this.graph.order;
    if (order < 2) return;
    const target = this.graph.size <= LIVE_LAYOUT_MAX_EDGES ? this.graph : this.graph.copy();
    this.layout = new FA2Layout(target, { settings: { ...inferSettings(target), slowDown: 3, adjustSizes: true } });
    this.layoutTarget = target;
    this.layout.start();
    if (target !== this.graph) this.applyTimer = window.setInterval(() => this.takePositions(target), 1000);
    this.layoutTimer = window.setTimeout(() => this.stopLayout(), Math.min(4000, 800 + order * 2));
  }

  stopLayout(): void {
    window.clearTimeout(this.layoutTimer);
    window.clearInterval(this.applyTimer);
    this.layout?.kill();
    if (this.layoutTarget && this.layoutTarget !== this.graph) this.takePositions(this.layoutTarget);
    this.layout = null;
    this.layoutTarget = null;
  }

  /** Moves the nodes shown to where the layout copy has them (nodes added since keep their places). */
  private takePositions(copy: Graph): void {
    this.graph.updateEachNodeAttributes((id, attributes) => {
      if (!copy.hasNode(id)) return attributes;
      const { x, y } = copy.getNodeAttributes(id);
      return { ...attributes, x, y };
    }, { attributes: ['x', 'y'] });
  }

  /** The canvas as a PNG (white background, edges, nodes and labels) drawn now. */
  toPng(): string {
    this.renderer.refresh();
    const { width, height } = this.renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const out = document.createElement('canvas');
    out.width = width * ratio;
    out.height = height * ratio;
    const context = out.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, out.width, out.height);
    const layers = this.renderer.getCanvases();
    for (const layer of ['edges', 'nodes', 'labels', 'hovers', 'hoverNodes']) {
      if (layers[layer]) context.drawImage(layers[layer], 0, 0, out.width, out.height);
    }
    return out.toDataURL('image/png');
  }
}
