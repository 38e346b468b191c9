import { graphql } from '../shared/graphql-client';
import { el } from './dom';
import { t } from './i18n';
import { EntityKind } from './network';

const INTERACTIONS = 'interactions(last: 20) { at channel summary reaction }';
const TIES = 'ties { relationship { trust kind } person { id name } }';
const QUERIES: Record<EntityKind, string> = {
  REP: `query RepCard($id: ID!) { entity: rep(id: $id) {
    id name nameKana email phone disc mbti stance responseSpeed
    currentEmployment { title department company { name } }
    employments { company { name } title department since until }
    ${TIES} ${INTERACTIONS} } }`,
  MANAGER: `query ManagerCard($id: ID!) { entity: manager(id: $id) {
    id name email phone team ${TIES} ${INTERACTIONS} } }`,
  COMPANY: `query CompanyCard($id: ID!) { entity: company(id: $id) {
    id name partnerStatus industry prefecture employeeCount annualRevenue customFields
    kpis { deals open won lost revenue winRate }
    contracts { id status startDate termMonths commissionRate renewalDate }
    owners { id name }
    keyPersons(limit: 5) { rep { id name } title score reasons } } }`,
};

type Card = Record<string, any>;

/** What a card shows about time-bound items: only interactions since this month (the slicer), null for all. */
export interface CardContext {
  masked: ReadonlySet<string>;
  since: string | null;
}

/** Loads and draws the side card of a company or a person; masked fields say so instead of looking empty. */
export async function renderSideCard(token: string, id: string, kind: EntityKind, context: CardContext): Promise<HTMLElement> {
  const { entity } = await graphql<{ entity: Card | null }>(token, QUERIES[kind], { id });
  if (!entity) return el('p', {}, t.noHits);
  const typeName = kind === 'COMPANY' ? 'Company' : kind === 'REP' ? 'Rep' : 'Manager';
  const field = (label: string, name: string, format: (v: any) => string = String) => {
    const value = entity[name];
    const masked = context.masked.has(`${typeName}.${name}`);
    const shown = masked ? el('span', { class: 'masked', 'data-masked': name }, t.masked) : value === null || value === undefined || value === '' ? '—' : format(value);
    return el('div', { class: 'field' }, el('dt', {}, label), el('dd', {}, shown));
  };
  const card = el('section', { class: 'card', 'aria-label': entity.name },
    el('h2', {}, entity.name),
    el('p', { class: 'kind' }, kind === 'COMPANY' ? t.company : kind === 'REP' ? t.rep : t.manager),
  );
  if (kind === 'COMPANY') {
    card.append(
      el('h3', {}, t.chart),
      el('dl', {}, field(t.partnerStatus, 'partnerStatus'), field(t.industry, 'industry'), field(t.prefecture, 'prefecture'),
        field(t.employees, 'employeeCount'), field(t.revenue, 'annualRevenue', (v) => `¥${Number(v).toLocaleString()}`),
        ...Object.entries(entity.customFields ?? {}).map(([k, v]) => el('div', { class: 'field' }, el('dt', {}, k), el('dd', {}, String(v))))),
      el('h3', {}, t.kpis),
      el('p', {}, `${t.won} ${entity.kpis.won} · ${t.open} ${entity.kpis.open} · ${t.lost} ${entity.kpis.lost} · ${t.winRate} ${entity.kpis.winRate === null ? '—' : `${Math.round(entity.kpis.winRate * 100)}%`} · ${t.wonRevenue} ¥${Number(entity.kpis.revenue).toLocaleString()}`),
      el('h3', {}, t.contracts),
      list(entity.contracts.map((c: Card) => `${c.status ?? ''} ${c.startDate ?? ''} → ${c.renewalDate ?? ''} (${c.commissionRate === null ? '—' : `${Math.round(c.commissionRate * 1000) / 10}%`})`)),
      el('h3', {}, t.owners),
      list(entity.owners.map((m: Card) => m.name)),
      el('h3', {}, t.keyPersons),
      list(entity.keyPersons.map((k: Card) => el('span', {}, el('strong', {}, `${k.rep.name}`), ` ${k.title ?? ''} (${k.score.toFixed(2)}): ${k.reasons.join(' / ')}`))),
    );
    return card;
  }
  const details: HTMLElement[] = [];
  if (kind === 'REP') {
    const now = entity.currentEmployment;
    details.push(el('div', { class: 'field' }, el('dt', {}, t.currentTitle), el('dd', {}, now ? [now.company?.name, now.title, now.department].filter(Boolean).join(' ') : '—')));
  }
  details.push(field(t.email, 'email'), field(t.phone, 'phone'));
  if (kind === 'REP') details.push(field(t.disc, 'disc'), field(t.mbti, 'mbti'), field(t.stance, 'stance'), field(t.responseSpeed, 'responseSpeed'));
  else details.push(field(t.team, 'team'));
  card.append(el('dl', {}, ...details));
  if (kind === 'REP') {
    card.append(el('h3', {}, t.employments), list(entity.employments.map((e: Card) =>
      `${e.company?.name ?? ''} ${e.title ?? ''} ${e.department ?? ''} (${e.since ?? '?'} – ${e.until ?? t.now})`)));
  }
  card.append(el('h3', {}, t.ties), list(entity.ties.slice(0, 15).map((tie: Card) =>
    `${tie.person?.name ?? '?'}: ${tie.relationship.trust.toFixed(2)} ${t.kinds[tie.relationship.kind] ?? ''}`)));
  const interactions = entity.interactions.filter((i: Card) => !context.since || i.at.slice(0, 7) >= context.since).slice(0, 5);
  card.append(el('h3', {}, t.interactions), list(interactions.map((i: Card) => {
    const summary = context.masked.has('Interaction.summary') ? el('span', { class: 'masked', 'data-masked': 'summary' }, t.masked) : i.summary ?? '';
    return el('span', {}, `${i.at.slice(0, 10)} ${i.channel} ${i.reaction ?? ''}: `, summary);
  })));
  return card;
}

function list(items: (string | Node)[]): HTMLElement {
  if (!items.length) return el('p', { class: 'empty' }, t.none);
  return el('ul', {}, ...items.map((item) => el('li', {}, item)));
}
