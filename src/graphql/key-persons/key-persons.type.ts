import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ScoreField } from '@/graphql/shared/score-field';
import { RepType } from '@/graphql/rep/rep.type';

@ObjectType('KeyPersonSignals', {
  description: 'The signals behind a key-person score, each in [0, 1]; score = Σ weight × signal (README, "Key persons")',
})
export class KeyPersonSignalsType {
  @ScoreField({ description: 'Title rank and span in the reports-to chart (weight 0.30)' }) seniority: number;
  @ScoreField({ description: 'How much their current colleagues trust them (weight 0.15)' }) reach: number;
  @ScoreField({ description: "Betweenness on the colleagues' trust ties, 1 for the company's strongest bridge (weight 0.15)" }) centrality: number;
  @ScoreField({ description: 'Won and open deals they handled with the company and their share of its won revenue, recent ones weighing more (weight 0.20)' }) dealInfluence: number;
  @ScoreField({ description: 'Introductions they made to our managers (weight 0.10)' }) introductions: number;
  @ScoreField({ description: "Our managers' combined trust in them, 1 − Π(1 − trust) (weight 0.10)" }) ourTrust: number;
}

@ObjectType('KeyPerson', { description: 'Someone who works at the company now, with why they matter' })
export class KeyPersonType {
  @Field(() => RepType, { description: 'The person' }) rep: RepType;
  @ScoreField({ description: 'In [0, 1]; higher matters more' }) score: number;
  @Field(() => [String], { description: 'Short sentences naming the signals that raised the score, strongest first' }) reasons: string[];
  @Field(() => KeyPersonSignalsType, { description: 'The signals the score is made of' }) signals: KeyPersonSignalsType;
  @Field(() => Int, { description: 'Position in the company ranking, from 1' }) rank: number;
  @Field(() => String, { nullable: true, description: 'Current title at the company' }) title: string | null;
  @Field(() => String, { nullable: true, description: 'Current department at the company' }) department: string | null;
  @Field(() => ID, { description: 'The company' }) companyId: string;
}
