import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ScoreField } from '@/graphql/shared/score-field';
import { CompanyType } from '@/graphql/company/company.type';
import { RepType } from '@/graphql/rep/rep.type';

export enum ReferralRelationEnum {
  CONTACT = 'CONTACT',
  BOSS = 'BOSS',
  REPORT = 'REPORT',
  COLLEAGUE = 'COLLEAGUE',
  OTHER_DEPARTMENT = 'OTHER_DEPARTMENT',
  FORMER_COLLEAGUE = 'FORMER_COLLEAGUE',
  KEY_PERSON = 'KEY_PERSON',
}
registerEnumType(ReferralRelationEnum, {
  name: 'ReferralRelation',
  description: 'How the introducing rep is linked to a candidate',
  valuesConfig: {
    CONTACT: { description: 'The rep has a recorded relationship with them' },
    BOSS: { description: "They are the rep's boss" },
    REPORT: { description: 'They report to the rep' },
    COLLEAGUE: { description: 'They work in the same department of the same company as the rep' },
    OTHER_DEPARTMENT: { description: 'They work in another department of the same company as the rep' },
    FORMER_COLLEAGUE: { description: 'They worked at a company with the rep before, at the same time' },
    KEY_PERSON: { description: 'They are in the top 3 key persons of their company (not a link; it raises their importance)' },
  },
});

@ObjectType('ReferralCandidate', { description: 'Someone a trusted rep could introduce us to' })
export class ReferralCandidateType {
  @Field(() => RepType, { description: 'The candidate' }) rep: RepType;
  @Field(() => CompanyType, { description: 'Where they work now' }) company: CompanyType;
  @ScoreField({ description: 'importance × tie, 0 to 1; higher first' }) score: number;
  @ScoreField({ description: 'Their key-person score at their company, without our own trust in them' }) importance: number;
  @ScoreField({ description: "How well the rep can reach them: the rep's trust in them, or the link they share" }) tie: number;
  @ScoreField({ description: "Our managers' combined trust in them (below knownTrust)" }) ourTrust: number;
  @Field(() => [ReferralRelationEnum], { description: 'How the introducing rep is linked to them' }) relations: ReferralRelationEnum[];
  @Field(() => [String], { description: 'Short sentences saying why, strongest first' }) reasons: string[];
}

@ObjectType('ProposalSignals', { description: 'The signals behind a proposal score, each in [0, 1] (README, "Proposals")' })
export class ProposalSignalsType {
  @ScoreField({ description: 'Product among their expertise (1) or interests (0.6) (weight 0.30)' }) affinity: number;
  @ScoreField({ description: "How the product sells in their company's industry and customer segments (weight 0.15)" }) companyFit: number;
  @ScoreField({ description: "Our managers' combined trust in them (weight 0.15)" }) ourTrust: number;
  @ScoreField({ nullable: true, description: 'Response speed and stance (weight 0.10); null for analysts, who may not see tendencies: their score leaves it out (README, "Proposals")' }) responsiveness: number | null;
  @ScoreField({ description: 'Deals of this product they won, recent ones weighing more (weight 0.20)' }) pastWins: number;
  @ScoreField({ description: 'Deals of this product their company won (weight 0.10)' }) companyWins: number;
}

@ObjectType('ProposalTarget', { description: 'A rep to pitch a product to' })
export class ProposalTargetType {
  @Field(() => RepType, { description: 'The rep to pitch to' }) rep: RepType;
  @Field(() => CompanyType, { nullable: true, description: 'Where they work now; null when the company is not found' }) company: CompanyType | null;
  @Field({ description: 'The product as usually spelled in deals' }) product: string;
  @ScoreField({ description: 'Σ weight × signal, 0 to 1; higher first' }) score: number;
  @Field(() => ProposalSignalsType, { description: 'The signals the score is made of' }) signals: ProposalSignalsType;
  @Field(() => [String], { description: 'Short sentences saying why, strongest first' }) reasons: string[];
}

@ObjectType('ProductProposal', { description: 'A product to pitch to one rep' })
export class ProductProposalType {
  @Field({ description: 'The product as usually spelled in deals' }) product: string;
  @Field({ description: 'Normalised product key (Deal.productKey, Topic.key)' }) productKey: string;
  @ScoreField({ description: 'Σ weight × signal, 0 to 1; higher first' }) score: number;
  @Field(() => ProposalSignalsType, { description: 'The signals the score is made of' }) signals: ProposalSignalsType;
  @Field(() => [String], { description: 'Short sentences saying why, strongest first' }) reasons: string[];
}

@ObjectType('Product', { description: 'A product proposals know: sold in a deal, or listed among a rep\'s expertise or interests' })
export class ProductType {
  @Field({ description: 'Normalised key (Deal.productKey, Topic.key); proposalTargets(product) matches on it' }) key: string;
  @Field({ description: 'Its most used spelling in deals, else among reps\' expertise and interests' }) name: string;
  @Field(() => Int, { description: 'Won or open deals of it (the deals proposals read; lost ones are not counted)' }) deals: number;
  @Field(() => Int, { description: 'Deals of it won' }) won: number;
  @Field(() => Int, { description: 'Reps who list it among their expertise or interests' }) listedBy: number;
}
