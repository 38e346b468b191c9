import 'reflect-metadata';
import { type GraphQLSchema } from 'graphql';
import { type NonEmptyArray, buildSchema } from 'type-graphql';
import { validateArgument } from './errors/validate-argument';
import { CompanyResolver } from './company/company.resolver';
import { ContractResolver } from './contract/contract.resolver';
import { DealResolver } from './deal/deal.resolver';
import { EmploymentResolver } from './employment/employment.resolver';
import { InteractionResolver } from './interaction/interaction.resolver';
import { IntroductionResolver } from './introduction/introduction.resolver';
import { ManagerResolver } from './manager/manager.resolver';
import { PersonResolver } from './person/person.resolver';
import { PortfolioResolver } from './portfolio/portfolio.resolver';
import { RelationshipResolver, TieResolver } from './relationship/relationship.resolver';
import { RepResolver } from './rep/rep.resolver';
import { SnapshotResolver } from './snapshot/snapshot.resolver';
import { TokenResolver } from './auth/token.resolver';
import { ViewerResolver } from './auth/viewer.resolver';
import { CompanyKeyPersonsResolver, KeyPersonResolver } from './key-persons/key-persons.resolver';
import { BrokerResolver } from './brokers/brokers.resolver';
import { MatchingResolver } from './matching/matching.resolver';
import { PathMemberResolver, PathStepResolver, WarmPathResolver } from './paths/warm-path.resolver';
import { KpisResolver } from './kpis/kpis.resolver';
import { HandoverResolver } from './handover/handover.resolver';
import { guardRootFields } from './auth/root-access';
import { RelationshipHealthFieldsResolver, RelationshipHealthResolver } from './health/relationship-health.resolver';
import { FollowUpsResolver } from './health/follow-ups.resolver';

export const resolvers: NonEmptyArray<Function> = [
  CompanyResolver,
  ContractResolver,
  DealResolver,
  EmploymentResolver,
  InteractionResolver,
  IntroductionResolver,
  ManagerResolver,
  PersonResolver,
  PortfolioResolver,
  RelationshipResolver,
  TieResolver,
  RepResolver,
  SnapshotResolver,
  TokenResolver,
  ViewerResolver,
  KeyPersonResolver,
  CompanyKeyPersonsResolver,
  BrokerResolver,
  MatchingResolver,
  WarmPathResolver, PathStepResolver, PathMemberResolver,
  RelationshipHealthResolver, RelationshipHealthFieldsResolver, FollowUpsResolver,
  KpisResolver,
  HandoverResolver,
];

/** Descriptions of the root types, which TypeGraphQL has no decorator for. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  schema.getQueryType()!.description = 'Reads. Lists page forward with keyset cursors (Relay connections); analysts get personal fields masked (null or empty)';
  schema.getMutationType()!.description = 'Writes. Each one is all or nothing: a refused write (BAD_USER_INPUT, NOT_FOUND, CONFLICT, FORBIDDEN) changes nothing';
  return schema;
}

let cached: Promise<GraphQLSchema> | null = null;

/** The executable schema, its root fields guarded by access decisions; built once per process (TypeGraphQL metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({ resolvers, validateFn: validateArgument, emitSchemaFile: false }).then((schema) => guardRootFields(describeRoots(schema)));
  return cached;
}
