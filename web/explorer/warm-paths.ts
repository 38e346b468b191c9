import { graphql } from '../shared/graphql-client';
import { EntityKind, LinkKind } from './network';

export interface PathPerson {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface PathStepView {
  trust: number;
  reason: string;
  link: LinkKind;
}

export interface WarmPath {
  strength: number;
  hops: number;
  people: PathPerson[];
  steps: PathStepView[];
}

const PATHS = `query WarmPaths($to: ID!, $from: ID) {
  warmIntroPaths(to: $to, from: $from, limit: 5) {
    strength hops
    people { __typename id name }
    steps { trust reason kind basis }
  }
}`;

/** The strongest warm paths from a manager (or the whole team) to a rep or a company, strongest first. */
export async function findWarmPaths(token: string, to: string, from: string | null): Promise<WarmPath[]> {
  type Answer = {
    strength: number; hops: number;
    people: { __typename: string; id: string; name: string }[];
    steps: { trust: number; reason: string; kind: string | null; basis: string }[];
  };
  const data = await graphql<{ warmIntroPaths: Answer[] }>(token, PATHS, { to, from });
  return data.warmIntroPaths.map((p) => ({
    strength: p.strength,
    hops: p.hops,
    people: p.people.map((person) => ({ id: person.id, name: person.name, kind: person.__typename === 'Manager' ? 'MANAGER' : 'REP' })),
    steps: p.steps.map((s) => ({ trust: s.trust, reason: s.reason, link: (s.basis === 'INTRODUCED' ? 'INTRODUCED' : s.kind ?? 'BUSINESS') as LinkKind })),
  }));
}

/** Our managers, for the "from" choice. */
export async function listManagers(token: string): Promise<{ id: string; name: string }[]> {
  const data = await graphql<{ managers: { edges: { node: { id: string; name: string } }[] } }>(
    token, 'query Managers { managers(first: 100) { edges { node { id name } } } }',
  );
  return data.managers.edges.map((e) => e.node);
}

/** Asks for the introduction along a path (the person before the target introduces them); answers who introduces. */
export async function requestIntroduction(token: string, path: WarmPath): Promise<string> {
  const data = await graphql<{ requestIntroduction: { introducer: { name: string } | null } }>(
    token,
    'mutation RequestIntroduction($path: [ID!]!) { requestIntroduction(input: { path: $path }) { id outcome introducer { name } } }',
    { path: path.people.map((p) => p.id) },
  );
  return data.requestIntroduction.introducer?.name ?? '';
}
