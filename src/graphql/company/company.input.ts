import { ArrayMaxSize, IsEnum, IsInt, IsNumber, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PartnerStatus } from '@/domain/shared/enums';
import { IsId, IsPlainObject } from '@/graphql/shared/validators';

/** A company's chart. One type for create (name required) and update (only the fields given change; null clears). */
@InputType()
export class CompanyInput {
  @Field(() => ID, { nullable: true, description: 'Your own id; generated when omitted on create' })
  @IsOptional() @IsId() id?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 500) name?: string;
  @Field(() => String, { nullable: true, description: 'Reading of the name (katakana or hiragana); search matches it' }) @IsOptional() @IsString() @MaxLength(200) nameKana?: string | null;
  @Field(() => PartnerStatus, { nullable: true }) @IsOptional() @IsEnum(PartnerStatus) partnerStatus?: PartnerStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) industry?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) prefecture?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) employeeCount?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1600) @Max(2200) foundedYear?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) annualRevenue?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) capital?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(12) fiscalYearEndMonth?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) customerCount?: number | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @IsString({ each: true }) @Length(1, 200, { each: true }) customerSegments?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) strengths?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) weaknesses?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) businessPolicy?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) challenges?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Replaces all custom fields when given' })
  @IsOptional() @IsPlainObject() customFields?: Record<string, unknown> | null;
}

@InputType()
export class CompanyFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name; full-/half-width, hiragana/katakana and spaces are ignored' })
  @IsOptional() @IsString() @MaxLength(200) search?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) industry?: string | null;
  @Field(() => PartnerStatus, { nullable: true }) @IsOptional() @IsEnum(PartnerStatus) partnerStatus?: PartnerStatus | null;
  @Field(() => ID, { nullable: true, description: "Only companies in this manager's portfolio" }) @IsOptional() @IsId() ownerId?: string | null;
}
