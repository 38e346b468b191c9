import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ContractStatus } from '@/domain/shared/enums';
import { IsId, IsIsoDate, IsNumberIn } from '@/graphql/shared/validators';
import { OWN_ID, sameId } from '@/graphql/shared/descriptions';

/** Contract terms as a patch (see UpdateCompanyInput for why required fields keep @IsOptional). */
@InputType('UpdateContractInput', { description: 'Changes to a contract: only the fields given change; null clears a field (companyId cannot be cleared)' })
export class UpdateContractInput {
  @Field(() => ID, { nullable: true, description: sameId('contract') })
  @IsOptional() @IsId() id?: string;
  @Field(() => ID, { nullable: true, description: 'The partner company the contract is with; changing it moves the contract to that company' })
  @IsOptional() @IsId() companyId?: string;
  @Field(() => String, { nullable: true, description: 'First day of the contract, YYYY-MM-DD' })
  @IsOptional() @IsIsoDate() startDate?: string | null;
  @Field(() => Int, { nullable: true, description: 'Term in months, 1 to 600; with startDate it gives the renewal date' })
  @IsOptional() @IsInt() @Min(1) @Max(600) termMonths?: number | null;
  @Field(() => Float, { nullable: true, description: 'Commission as a fraction, 0 to 1 (0.15 = 15%)' })
  @IsOptional() @IsNumberIn(0, 1) commissionRate?: number | null;
  @Field(() => String, { nullable: true, description: 'Sales conditions, free text up to 20,000 characters' })
  @IsOptional() @IsString() @MaxLength(20000) conditions?: string | null;
  @Field(() => ContractStatus, { nullable: true, description: 'Where the contract stands; null: not stated' })
  @IsOptional() @IsEnum(ContractStatus) status?: ContractStatus | null;
}

@InputType('CreateContractInput', { description: 'A new contract: companyId is required, every other field is optional' })
export class CreateContractInput extends UpdateContractInput {
  declare id?: string;
  declare companyId: string;
}
// @Field by a call on declared fields: see CreateCompanyInput
Field(() => ID, { nullable: true, description: OWN_ID })(CreateContractInput.prototype, 'id');
Field(() => ID, { description: 'The partner company the contract is with (must exist)' })(CreateContractInput.prototype, 'companyId');
