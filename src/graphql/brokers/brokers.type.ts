import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ScoreField } from '@/graphql/shared/score-field';
import { CompanyType } from '@/graphql/company/company.type';
import { PersonInterface } from '@/graphql/person/person.interface';

export enum BrokerSide {
  OURS = 'OURS',
  THEIRS = 'THEIRS',
}
registerEnumType(BrokerSide, {
  name: 'BrokerSide',
  description: 'Which side of the network a broker is on',
  valuesConfig: {
    OURS: { description: 'Our managers' },
    THEIRS: { description: 'Partner reps' },
  },
});

@ObjectType('BrokerCompany', { description: 'A company reached through a broker' })
export class BrokerCompanyType {
  @Field(() => CompanyType, { description: 'The company' }) company: CompanyType;
  @Field(() => Int, { description: "Its current people reached through the broker (shares of our team's shortest chains summed, to the nearest whole person)" }) reachedThrough: number;
  @Field(() => Int, { description: 'Its current people whose every shortest chain from our team runs through the broker' }) dependents: number;
  @Field(() => Int, { description: 'Its current people we could not reach at all without the broker' }) cutOff: number;
}

@ObjectType('Broker', { description: 'Someone (ours or theirs) through whom our team reaches the partner network' })
export class BrokerType {
  @Field(() => PersonInterface, { description: 'The broker' }) person: PersonInterface;
  @Field(() => Int, { description: 'From 1' }) rank: number;
  @ScoreField({ description: 'reachedThrough (before rounding) ÷ everyone our team reaches' }) share: number;
  @Field(() => Int, { description: 'People whose every shortest chain from our team runs through them' }) dependents: number;
  @Field(() => Int, { description: 'People our team could not reach at all without them' }) cutOff: number;
  @Field(() => Int, { description: 'Companies with someone in cutOff' }) cutOffCompanies: number;
  @Field(() => Int, { description: 'Steps from the nearest of our managers (0 for a manager)' }) distance: number;
  @Field(() => [String], { description: 'Short sentences saying why they matter' }) reasons: string[];
}

@ObjectType('InsightFreshness', { description: 'How current a cached analysis is' })
export class InsightFreshnessType {
  @Field({ description: 'When it was computed (ISO instant)' }) computedAt: string;
  @ScoreField({ description: 'Seconds since it was computed' }) ageSeconds: number;
  @Field({ description: 'False when the graph changed since (the answer is then at most maxAgeSeconds old)' }) upToDate: boolean;
  @Field(() => Int, { description: 'How long the computation took' }) computeMs: number;
  @Field({ description: 'REVISION: keyed by the change log, on every engine (a write through any replica is seen); FINGERPRINT is no longer answered' }) basis: string;
}

@ObjectType('BrokerNetwork', { description: 'The trust network the analysis ran on' })
export class BrokerNetworkType {
  @Field(() => Int, { description: 'People in the network' }) people: number;
  @Field(() => Int, { description: 'Ties of at least minTrust' }) ties: number;
  @Field(() => Int, { description: 'Our managers in the network' }) managers: number;
  @Field(() => Int, { description: 'People (not managers) our team reaches through such ties' }) reachable: number;
  @Field(() => Float, { description: 'The minTrust the analysis ran with' }) minTrust: number;
  @Field(() => InsightFreshnessType, { description: 'How current the analysis behind brokers (same arguments) is' }) freshness: InsightFreshnessType;
}




