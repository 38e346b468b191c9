import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Channel, Reaction } from '@/domain/shared/enums';
import { IsId, IsInstant, IsIsoDate } from '@/graphql/shared/validators';
import { OWN_ID, sameId } from '@/graphql/shared/descriptions';

@InputType({ description: 'What was agreed to do next; given on an update, it replaces the whole next action' })
export class NextActionInput {
  @Field({ description: 'What to do, 1 to 2,000 characters' }) @IsString() @Length(1, 2000) description: string;
  @Field(() => String, { nullable: true, description: 'When it is due, YYYY-MM-DD; null: no date' }) @IsOptional() @IsIsoDate() dueDate?: string | null;
  @Field({ defaultValue: false, description: 'Whether it is done' }) @IsBoolean() done: boolean = false;
}

/** An interaction as a patch (see UpdateCompanyInput for why required fields keep @IsOptional). */
@InputType('UpdateInteractionInput', { description: 'Changes to an interaction: only the fields given change; null clears a field (at and channel cannot be cleared)' })
export class UpdateInteractionInput {
  @Field(() => ID, { nullable: true, description: sameId('interaction') })
  @IsOptional() @IsId() id?: string;
  @Field(() => String, { nullable: true, description: 'When it happened: ISO 8601 instant with offset, e.g. 2024-06-01T10:00:00+09:00' })
  @IsOptional() @IsInstant() at?: string;
  @Field(() => Channel, { nullable: true, description: 'How it happened' })
  @IsOptional() @IsEnum(Channel) channel?: Channel;
  @Field(() => [ID], { nullable: true, description: 'Our managers who took part (up to 100, each a manager); replaces the list' })
  @IsOptional() @ArrayMaxSize(100) @IsId({ each: true }) managerIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Partner reps who took part (up to 100, each a rep); replaces the list. An interaction needs at least one person in managerIds or repIds' })
  @IsOptional() @ArrayMaxSize(100) @IsId({ each: true }) repIds?: string[];
  @Field(() => String, { nullable: true, description: 'What was said, up to 50,000 characters (masked for analysts)' })
  @IsOptional() @IsString() @MaxLength(50000) summary?: string | null;
  @Field(() => Reaction, { nullable: true, description: 'How the partner side reacted; null: not recorded' })
  @IsOptional() @IsEnum(Reaction) reaction?: Reaction | null;
  @Field(() => [String], { nullable: true, description: 'Concerns raised, up to 100 of 1 to 500 characters (masked for analysts); replaces the list' })
  @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 500, { each: true }) concerns?: string[];
  @Field(() => NextActionInput, { nullable: true, description: 'What comes next (masked for analysts); null clears it' })
  @IsOptional() @ValidateNested() nextAction?: NextActionInput | null;
}

@InputType('CreateInteractionInput', { description: 'A new interaction: at and channel are required, and at least one person in managerIds or repIds' })
export class CreateInteractionInput extends UpdateInteractionInput {
  declare id?: string;
  declare at: string;
  declare channel: Channel;
}
// @Field by a call on declared fields: see CreateCompanyInput
Field(() => ID, { nullable: true, description: OWN_ID })(CreateInteractionInput.prototype, 'id');
Field(() => String, { description: 'When it happened: ISO 8601 instant with offset, e.g. 2024-06-01T10:00:00+09:00' })(CreateInteractionInput.prototype, 'at');
Field(() => Channel, { description: 'How it happened' })(CreateInteractionInput.prototype, 'channel');

@InputType({ description: 'Which interactions a list holds; every filter given must match' })
export class InteractionFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only interactions this manager or rep took part in' }) @IsOptional() @IsId() personId?: string | null;
  @Field(() => Channel, { nullable: true, description: 'Only interactions on this channel' }) @IsOptional() @IsEnum(Channel) channel?: Channel | null;
}
