import { graphql } from './gql';
import type { CompaniesPageQuery, CreateCompanyInput, PartnerStatus, UpdateCompanyInput } from './gql/graphql';
import { type Endpoint, request } from './client';

// README's questions as typed operations. Each `graphql(...)` document gets its own result and variables types.

export const WarmPathsDocument = graphql(`
  query WarmPaths($to: ID!, $from: ID, $limit: Int) {
    warmIntroPaths(to: $to, from: $from, limit: $limit) {
      strength
      hops
      steps { reason trust basis }
      members { person { id name } companyName title }
    }
  }
`);

export const KeyPersonsDocument = graphql(`
  query KeyPersons($companyId: ID!, $limit: Int) {
    keyPersons(companyId: $companyId, limit: $limit) {
      rank
      score
      reasons
      rep { id name }
    }
  }
`);

export const CompaniesPageDocument = graphql(`
  query CompaniesPage($first: Int!, $after: String, $search: String, $status: PartnerStatus) {
    companies(first: $first, after: $after, filter: { search: $search, partnerStatus: $status }) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name partnerStatus industry } }
    }
  }
`);

export const CreateCompanyDocument = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) { id name version }
  }
`);

export const UpdateCompanyDocument = graphql(`
  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!, $expectedVersion: Int) {
    updateCompany(id: $id, input: $input, expectedVersion: $expectedVersion) { id name industry version }
  }
`);

/** 1. The strongest warm paths from our side (or from one manager) to a rep or a company. */
export async function warmPaths(endpoint: Endpoint, to: string, from?: string) {
  const data = await request(endpoint, WarmPathsDocument, { to, from, limit: 3 });
  return data.warmIntroPaths.map((p) => ({
    strength: p.strength,
    chain: p.members.map((m) => (m.companyName ? `${m.person.name} (${m.companyName})` : m.person.name)).join(' → '),
    why: p.steps.map((s) => s.reason),
  }));
}

/** 2. Who matters inside a partner, and why. */
export async function keyPersons(endpoint: Endpoint, companyId: string) {
  const data = await request(endpoint, KeyPersonsDocument, { companyId, limit: 3 });
  return data.keyPersons.map((k) => `${k.rank}. ${k.rep.name} ${k.score.toFixed(3)}: ${k.reasons[0] ?? ''}`);
}

/** 3. Every company in pages of `pageSize`, following pageInfo.endCursor (lists page forward only). */
export async function* companies(endpoint: Endpoint, pageSize: number, filter: { search?: string; status?: PartnerStatus } = {}) {
  let after: string | null = null;
  for (;;) {
    const { companies: page }: CompaniesPageQuery = await request(endpoint, CompaniesPageDocument, { first: pageSize, after, ...filter });
    yield page.edges.map((e) => e.node);
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor ?? null;
  }
}

/** Create needs a name (CreateCompanyInput.name is non-null); an update sends only what changes. */
export async function createThenRename(endpoint: Endpoint, company: CreateCompanyInput, patch: UpdateCompanyInput) {
  const created = (await request(endpoint, CreateCompanyDocument, { input: company })).createCompany;
  const updated = await request(endpoint, UpdateCompanyDocument, { id: created.id, input: patch, expectedVersion: created.version });
  return updated.updateCompany;
}
