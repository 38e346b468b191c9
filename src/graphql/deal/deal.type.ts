import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DealStage } from '@/domain/shared/enums';
import { Connection } from '@/graphql/pagination/connection';
import '@/graphql/shared/enums';

@ObjectType('Deal', { description: 'A proposal through a partner' })
export class DealType {
  @Field(() => ID) id: string;
  @Field(() => ID) companyId: string;
  @Field(() => ID, { nullable: true }) repId: string | null;
  @Field(() => ID, { nullable: true }) managerId: string | null;
  @Field() product: string;
  @Field(() => Float, { nullable: true }) amount: number | null;
  @Field(() => Float, { nullable: true }) grossProfit: number | null;
  @Field(() => DealStage) stage: DealStage;
  @Field(() => String, { nullable: true }) proposedAt: string | null;
  @Field(() => String, { nullable: true }) closedAt: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was lost' }) lossReason: string | null;
  @Field(() => Int) version: number;
}

export const DealConnection = Connection(DealType, 'Deal');
