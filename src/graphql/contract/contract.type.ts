import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ContractStatus } from '@/domain/shared/enums';
import '@/graphql/shared/enums';
import { Connection } from '@/graphql/pagination/connection';
import { VERSION } from '@/graphql/shared/descriptions';

@ObjectType('Contract', { description: 'Contract terms with a partner' })
export class ContractType {
  @Field(() => ID, { description: 'Its id' }) id: string;
  @Field(() => ID, { description: 'The partner company the contract is with' }) companyId: string;
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD; null: not recorded' }) startDate: string | null;
  @Field(() => Int, { nullable: true, description: 'Term in months; null: not recorded (then there is no renewal date)' }) termMonths: number | null;
  @Field(() => Float, { nullable: true, description: 'Commission as a fraction, 0 to 1 (0.15 = 15%); null: not recorded' }) commissionRate: number | null;
  @Field(() => String, { nullable: true, description: 'Sales conditions, free text; null: not recorded' }) conditions: string | null;
  @Field(() => ContractStatus, { nullable: true, description: 'Where the contract stands; null: not stated' }) status: ContractStatus | null;
  @Field(() => Int, { description: VERSION }) version: number;
}

export const ContractConnection = Connection(ContractType, 'Contract');
