import { type SnapshotRecordRules } from '@/app/snapshot/record-rules';
import { CreateCompanyInput } from '@/graphql/company/company.input';
import { CreateContractInput } from '@/graphql/contract/contract.input';
import { CreateDealInput } from '@/graphql/deal/deal.input';
import { CreateEmploymentInput } from '@/graphql/employment/employment.input';
import { CreateInteractionInput, NextActionInput } from '@/graphql/interaction/interaction.input';
import { IntroductionInput } from '@/graphql/introduction/introduction.input';
import { CreateManagerInput, CreateRepInput } from '@/graphql/person/person.input';
import { PortfolioInput, ReportsToInput } from '@/graphql/portfolio/portfolio.input';
import { RelationshipInput } from '@/graphql/relationship/relationship.input';
import { RevenueTargetRecord, StrategyChangeRecord, TrustOverrideRecord } from './records.input';

/** Per snapshot list, the input class of the mutation that creates such a record: a snapshot obeys the same rules. */
export const SNAPSHOT_RECORD_RULES: SnapshotRecordRules = {
  lists: {
    companies: CreateCompanyInput,
    contracts: CreateContractInput,
    managers: CreateManagerInput,
    reps: CreateRepInput,
    employments: CreateEmploymentInput,
    portfolio: PortfolioInput,
    relationships: RelationshipInput,
    reportsTo: ReportsToInput,
    introductions: IntroductionInput,
    interactions: CreateInteractionInput,
    deals: CreateDealInput,
    trustOverrides: TrustOverrideRecord,
    revenueTargets: RevenueTargetRecord,
    strategyChanges: StrategyChangeRecord,
  },
  nextAction: NextActionInput,
};
