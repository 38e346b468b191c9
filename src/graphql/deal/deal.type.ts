import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DealStage } from '@/domain/shared/enums';
import { Connection } from '@/graphql/pagination/connection';
import '@/graphql/shared/enums';
import { VERSION } from '@/graphql/shared/descriptions';

@ObjectType('Deal', { description: 'A proposal through a partner' })
export class DealType {
  @Field(() => ID, { description: 'Its id' }) id: string;
  @Field(() => ID, { description: 'The partner company the deal goes through' }) companyId: string;
  @Field(() => ID, { nullable: true, description: 'The partner rep who handles it; null: none recorded' }) repId: string | null;
  @Field(() => ID, { nullable: true, description: 'Our manager who handles it; null: none recorded' }) managerId: string | null;
  @Field({ description: 'The product proposed, as written on the deal' }) product: string;
  @Field(() => Float, { nullable: true, description: 'Deal amount in yen; null: not known' }) amount: number | null;
  @Field(() => Float, { nullable: true, description: 'Gross profit in yen; null: not known' }) grossProfit: number | null;
  @Field(() => DealStage, { description: 'OPEN, WON or LOST' }) stage: DealStage;
  @Field(() => String, { nullable: true, description: 'Day it was proposed, YYYY-MM-DD; null: not recorded' }) proposedAt: string | null;
  @Field(() => String, { nullable: true, description: 'Day it was won or lost, YYYY-MM-DD; null while open or not recorded' }) closedAt: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was lost; null: not lost, or no reason recorded' }) lossReason: string | null;
  @Field(() => String, { nullable: true, description: 'The competitor we lost it to (or compete with); null: none recorded' }) competitor: string | null;
  @Field(() => Int, { description: VERSION }) version: number;
}

export const DealConnection = Connection(DealType, 'Deal');
