import { IsEnum, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ContractStatus } from '@/domain/shared/enums';
import { IsId, IsIsoDate } from '@/graphql/shared/validators';

@InputType()
export class ContractInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() id?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() companyId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() startDate?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(600) termMonths?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1) commissionRate?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) conditions?: string | null;
  @Field(() => ContractStatus, { nullable: true }) @IsOptional() @IsEnum(ContractStatus) status?: ContractStatus | null;
}
