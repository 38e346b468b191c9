import { IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { DealStage } from '@/domain/shared/enums';
import { IsFilterText, IsId, IsIsoDate, IsNotBlank, IsYen } from '@/graphql/shared/validators';
import { OWN_ID, sameId } from '@/graphql/shared/descriptions';

/** A deal as a patch (see UpdateCompanyInput for why required fields keep @IsOptional). */
@InputType('UpdateDealInput', { description: 'Changes to a deal: only the fields given change; null clears a field (companyId, product and stage cannot be cleared)' })
export class UpdateDealInput {
  @Field(() => ID, { nullable: true, description: sameId('deal') })
  @IsOptional() @IsId() id?: string;
  @Field(() => ID, { nullable: true, description: 'The partner company the deal goes through (must exist)' })
  @IsOptional() @IsId() companyId?: string;
  @Field(() => ID, { nullable: true, description: 'The partner rep who handles it (must be a rep); null: none recorded' })
  @IsOptional() @IsId() repId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Our manager who handles it (must be a manager); null: none recorded' })
  @IsOptional() @IsId() managerId?: string | null;
  @Field({ nullable: true, description: 'The product proposed, 1 to 200 characters' })
  @IsOptional() @IsString() @Length(1, 200) product?: string;
  @Field(() => Float, { nullable: true, description: 'Deal amount in yen, 0 to 1e15; null: not known' })
  @IsOptional() @IsYen(0) amount?: number | null;
  @Field(() => Float, { nullable: true, description: 'Gross profit in yen, -1e15 to 1e15 (may be negative); null: not known' })
  @IsOptional() @IsYen(-1e15) grossProfit?: number | null;
  @Field(() => DealStage, { nullable: true, description: 'OPEN, WON or LOST' })
  @IsOptional() @IsEnum(DealStage) stage?: DealStage;
  @Field(() => String, { nullable: true, description: 'Day it was proposed, YYYY-MM-DD' })
  @IsOptional() @IsIsoDate() proposedAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Day it was won or lost, YYYY-MM-DD, not before proposedAt' })
  @IsOptional() @IsIsoDate() closedAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was lost, up to 2,000 characters' })
  @IsOptional() @IsString() @MaxLength(2000) lossReason?: string | null;
  @Field(() => String, { nullable: true, description: 'The competitor we lost it to (or compete with), 1 to 200 characters; null: none recorded' })
  @IsOptional() @IsString() @IsNotBlank() @Length(1, 200) competitor?: string | null;
}

@InputType('CreateDealInput', { description: 'A new deal: companyId and product are required; stage defaults to OPEN' })
export class CreateDealInput extends UpdateDealInput {
  declare id?: string;
  declare companyId: string;
  declare product: string;
}
// @Field by a call on declared fields: see CreateCompanyInput
Field(() => ID, { nullable: true, description: OWN_ID })(CreateDealInput.prototype, 'id');
Field(() => ID, { description: 'The partner company the deal goes through (must exist)' })(CreateDealInput.prototype, 'companyId');
Field(() => String, { description: 'The product proposed, 1 to 200 characters' })(CreateDealInput.prototype, 'product');

@InputType({ description: 'Which deals a list holds; every filter given must match' })
export class DealFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only deals through this company' }) @IsOptional() @IsId() companyId?: string | null;
  @Field(() => DealStage, { nullable: true, description: 'Only deals at this stage' }) @IsOptional() @IsEnum(DealStage) stage?: DealStage | null;
  @Field(() => String, { nullable: true, description: 'Only deals of this product, matched on its normalised key (full-/half-width and case do not matter); not blank (leave it out for every product)' }) @IsOptional() @IsString() @IsFilterText() @MaxLength(200) product?: string | null;
}
