import { graphql } from '../shared/graphql-client';

export type EntityKind = 'MANAGER' | 'REP' | 'COMPANY';
/** A relationship's kind, or the two links that are not trust ties: a rep works at a company, a manager owns one. */
export type LinkKind = 'BUSINESS' | 'COLLEAGUE' | 'FORMER_COLLEAGUE' | 'PERSONAL' | 'EMPLOYMENT' | 'OWNER' | 'INTRODUCED';

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
}

/** One neighbour of an entity: who, and the link (trust and since only for trust ties). */
export interface Neighbour {
  entity: Entity;
  link: LinkKind;
  trust: number | null;
  since: string | null;
}

/** An entity with all its neighbours, strongest trust first (companies: owners, then current people). */
export interface LoadedEntity extends Entity {
  neighbours: Neighbour[];
}

/** The service allows 15 aliases per operation (MAX_ALIASES): entities are loaded 15 to a request. */
const PER_REQUEST = 15;
const PARALLEL_REQUESTS = 4;

const PERSON_FIELDS = `__typename id name
  ... on Rep { company { id name } }
  ... on Manager { portfolio { company { id name } } }
  ties { relationship { trust kind since } person { __typename id name } }`;
const COMPANY_FIELDS = `id name owners { id name } currentReps { id name }`;

const kindOf = (typename: string): EntityKind => (typename === 'Manager' ? 'MANAGER' : 'REP');

interface PersonData {
  __typename: string;
  id: string;
  name: string;
  company?: { id: string; name: string } | null;
  portfolio?: { company: { id: string; name: string } | null }[];
  ties: { relationship: { trust: number; kind: string | null; since: string | null }; person: { __typename: string; id: string; name: string } | null }[];
}
interface CompanyData {
  id: string;
  name: string;
  owners: { id: string; name: string }[];
  currentReps: { id: string; name: string }[];
}

function personEntity(p: PersonData): LoadedEntity {
  const neighbours: Neighbour[] = [];
  if (p.company) neighbours.push({ entity: { id: p.company.id, kind: 'COMPANY', name: p.company.name }, link: 'EMPLOYMENT', trust: null, since: null });
  for (const entry of p.portfolio ?? []) {
    if (entry.company) neighbours.push({ entity: { id: entry.company.id, kind: 'COMPANY', name: entry.company.name }, link: 'OWNER', trust: null, since: null });
  }
  const ties = p.ties.filter((tie) => tie.person).sort((a, b) => b.relationship.trust - a.relationship.trust);
  for (const tie of ties) {
    const other = tie.person!;
    neighbours.push({
      entity: { id: other.id, kind: kindOf(other.__typename), name: other.name },
      link: (tie.relationship.kind ?? 'BUSINESS') as LinkKind,
      trust: tie.relationship.trust,
      since: tie.relationship.since,
    });
  }
  return { id: p.id, kind: kindOf(p.__typename), name: p.name, neighbours };
}

function companyEntity(c: CompanyData): LoadedEntity {
  const neighbours: Neighbour[] = [
    ...c.owners.map((m): Neighbour => ({ entity: { id: m.id, kind: 'MANAGER', name: m.name }, link: 'OWNER', trust: null, since: null })),
    ...c.currentReps.map((r): Neighbour => ({ entity: { id: r.id, kind: 'REP', name: r.name }, link: 'EMPLOYMENT', trust: null, since: null })),
  ];
  return { id: c.id, kind: 'COMPANY', name: c.name, neighbours };
}

/** Loads entities (with their neighbour lists) through the public API; ones that no longer exist are left out. */
export async function loadEntities(token: string, refs: { id: string; kind: EntityKind }[]): Promise<LoadedEntity[]> {
  const chunks: { id: string; kind: EntityKind }[][] = [];
  for (let i = 0; i < refs.length; i += PER_REQUEST) chunks.push(refs.slice(i, i + PER_REQUEST));
  const loaded: LoadedEntity[] = [];
  for (let i = 0; i < chunks.length; i += PARALLEL_REQUESTS) {
    const answers = await Promise.all(chunks.slice(i, i + PARALLEL_REQUESTS).map((chunk) => loadChunk(token, chunk)));
    loaded.push(...answers.flat());
  }
  return loaded;
}

async function loadChunk(token: string, chunk: { id: string; kind: EntityKind }[]): Promise<LoadedEntity[]> {
  const variables: Record<string, string> = {};
  const fields = chunk.map((ref, i) => {
    variables[`id${i}`] = ref.id;
    return ref.kind === 'COMPANY' ? `e${i}: company(id: $id${i}) { ${COMPANY_FIELDS} }` : `e${i}: person(id: $id${i}) { ${PERSON_FIELDS} }`;
  });
  const query = `query Entities(${chunk.map((_, i) => `$id${i}: ID!`).join(', ')}) { ${fields.join('\n')} }`;
  const data = await graphql<Record<string, PersonData | CompanyData | null>>(token, query, variables);
  return chunk.flatMap((ref, i) => {
    const value = data[`e${i}`];
    if (!value) return [];
    return [ref.kind === 'COMPANY' ? companyEntity(value as CompanyData) : personEntity(value as PersonData)];
  });
}

const SEARCH = `query Search($text: String!) {
  managers(first: 5, filter: { search: $text }) { edges { node { id name team } } }
  reps(first: 10, filter: { search: $text }) { edges { node { id name nameKana company { name } } } }
  companies(first: 5, filter: { search: $text }) { edges { node { id name industry } } }
}`;

export interface SearchHit extends Entity {
  detail: string;
}

/** People and companies matching the text, with the API's matching (kanji, kana readings, width ignored). */
export async function search(token: string, text: string): Promise<SearchHit[]> {
  type Edge<T> = { edges: { node: T }[] };
  const data = await graphql<{
    managers: Edge<{ id: string; name: string; team: string | null }>;
    reps: Edge<{ id: string; name: string; nameKana: string | null; company: { name: string } | null }>;
    companies: Edge<{ id: string; name: string; industry: string | null }>;
  }>(token, SEARCH, { text });
  return [
    ...data.managers.edges.map(({ node }): SearchHit => ({ id: node.id, kind: 'MANAGER', name: node.name, detail: node.team ?? '' })),
    ...data.reps.edges.map(({ node }): SearchHit => ({ id: node.id, kind: 'REP', name: node.name, detail: [node.nameKana, node.company?.name].filter(Boolean).join(' · ') })),
    ...data.companies.edges.map(({ node }): SearchHit => ({ id: node.id, kind: 'COMPANY', name: node.name, detail: node.industry ?? '' })),
  ];
}
