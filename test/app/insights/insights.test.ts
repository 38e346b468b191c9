/**
 * The insight use cases without GraphQL, over a Kuzu store: each gives what the GraphQL field that adapts it gives
 * (the adapters only map), and refuses with src/app/errors.
 */
import { InvalidInput, NotFound } from '@/app/errors';
import { findBrokers, analyseBrokers } from '@/app/brokers/find-brokers';
import { findKeyPersons } from '@/app/key-persons/find-key-persons';
import { keyPersonRankings } from '@/app/key-persons/key-person-rankings';
import { findProposalTargets } from '@/app/matching/find-proposal-targets';
import { findProposalsFor } from '@/app/matching/find-proposals-for';
import { findReferralCandidates } from '@/app/matching/find-referral-candidates';
import { listProducts } from '@/app/matching/list-products';
import { type ReadRequest, readRequest } from '@/app/shared/read-request';
import { importSnapshot } from '@/wiring/snapshot';
import { ADMIN, ANALYST, TestApi } from '../../helpers/graphql';
import { type OpenedStore, openTestStore } from '../../helpers/engines';
import { insightsSnapshot } from '../../contract/insights.fixture';

let opened: OpenedStore;
let api: TestApi;
let admin: ReadRequest;
let analyst: ReadRequest;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  opened = await openTestStore('kuzu');
  await importSnapshot(opened.store, insightsSnapshot());
  api = await TestApi.create(opened.store);
  admin = readRequest(opened.store, ADMIN, today);
  analyst = readRequest(opened.store, ANALYST, today);
});
afterAll(async () => {
  await api.stop();
  await opened.close();
});

const ranking = (r: ReadRequest) => async (id: string) => (await keyPersonRankings(r.store, [id], r.today)).get(id) ?? [];

it('key persons: the ranking the GraphQL query gives; NOT_FOUND for an unknown company', async () => {
  const mine = await findKeyPersons(admin, { companyId: 'c1', limit: 50 }, ranking(admin));
  const theirs = (await api.ok('{ keyPersons(companyId: "c1", limit: 50) { rank rep { id } reasons } }')).keyPersons;
  expect(mine.map((k) => ({ rank: k.rank, rep: { id: k.score.personId }, reasons: k.score.reasons }))).toEqual(theirs);
  expect(mine.length).toBeGreaterThan(2);
  await expect(findKeyPersons(admin, { companyId: 'zz' }, ranking(admin))).rejects.toEqual(new NotFound('company', 'zz'));
});

it('brokers: the ranking and network the GraphQL queries give', async () => {
  const mine = await findBrokers(admin, { limit: 50 });
  const theirs = await api.ok('{ brokers(limit: 50) { rank person { id } dependents } brokerNetwork { people ties } }');
  expect(mine.map((b) => ({ rank: b.rank, person: { id: b.person.id }, dependents: b.dependents }))).toEqual(theirs.brokers);
  expect(mine.length).toBeGreaterThan(0);
  const network = (await analyseBrokers(admin, {})).value.result;
  expect({ people: network.people, ties: network.ties }).toEqual(theirs.brokerNetwork);
});

it('referral candidates: what the GraphQL query gives; NOT_FOUND and BAD_USER_INPUT as there', async () => {
  const mine = await findReferralCandidates(admin, { via: 'r2' });
  const theirs = (await api.ok('{ referralCandidates(via: "r2") { rep { id } company { id } } }')).referralCandidates;
  expect(mine.map((c) => ({ rep: { id: c.rep.id }, company: { id: c.company.id } }))).toEqual(theirs);
  await expect(findReferralCandidates(admin, { via: 'ghost' })).rejects.toEqual(new NotFound('rep', 'ghost'));
  await expect(findReferralCandidates(admin, { via: 'm1' })).rejects.toEqual(InvalidInput.field('via', 'must be a rep (a person at a partner), not one of our managers'));
});

it('proposals: scored in the actor\'s view, as the GraphQL queries are for that actor', async () => {
  for (const [r, actor] of [[admin, ADMIN], [analyst, ANALYST]] as const) {
    const targets = await findProposalTargets(r, { product: 'CRM', limit: 50 });
    const theirs = (await api.ok('{ proposalTargets(product: "CRM", limit: 50) { rep { id } score reasons } }', {}, actor)).proposalTargets;
    expect(targets.map((t) => ({ rep: { id: t.rep.id }, score: expect.closeTo(t.score, 3), reasons: t.reasons }))).toEqual(theirs);
    const forRep = await findProposalsFor(r, { repId: 'r2' });
    expect(forRep.map((p) => p.product)).toEqual((await api.ok('{ proposalsFor(repId: "r2") { product } }', {}, actor)).proposalsFor.map((p: { product: string }) => p.product));
  }
  expect((await listProducts(admin)).map((p) => p.name)).toEqual((await api.ok('{ products { name } }')).products.map((p: { name: string }) => p.name));
  await expect(findProposalTargets(admin, { product: ' \u3000 ' })).rejects.toEqual(InvalidInput.field('product', 'must contain a letter or digit'));
  await expect(findProposalTargets(admin, { product: 'nothing-like-it' })).rejects.toBeInstanceOf(NotFound);
  await expect(findProposalsFor(admin, { repId: 'm1' })).rejects.toBeInstanceOf(InvalidInput);
});
