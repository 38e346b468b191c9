import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ContractStatus } from '@/domain/shared/enums';
import '@/graphql/shared/enums';
import { Connection } from '@/graphql/pagination/connection';

@ObjectType('Contract', { description: 'Contract terms with a partner' })
export class ContractType {
  @Field(() => ID) id: string;
  @Field(() => ID) companyId: string;
  @Field(() => String, { nullable: true }) startDate: string | null;
  @Field(() => Int, { nullable: true }) termMonths: number | null;
  @Field(() => Float, { nullable: true, description: 'Commission as a fraction, 0.15 = 15%' }) commissionRate: number | null;
  @Field(() => String, { nullable: true, description: 'Sales conditions' }) conditions: string | null;
  @Field(() => ContractStatus, { nullable: true }) status: ContractStatus | null;
  @Field(() => Int) version: number;
}

export const ContractConnection = Connection(ContractType, 'Contract');
