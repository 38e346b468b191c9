import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ResponseSpeed, Stance } from '@/domain/shared/enums';
import { IsEmailAddress, IsId, IsNotBlank } from '@/graphql/shared/validators';
import { sameId } from '@/graphql/shared/descriptions';

const PHONE = /^[0-9+\-() ]{3,40}$/;
const MBTI = /^[EI][SN][TF][JP](-[AT])?$/;

const OWN_PERSON_ID = 'Your own id, 1 to 200 characters, shared by managers and reps; a UUID is generated when omitted';
const NAME = 'Full name, 1 to 200 characters';

/** A manager as a patch (see UpdateCompanyInput for why required fields keep @IsOptional). */
@InputType('UpdateManagerInput', { description: 'Changes to one of our managers: only the fields given change; null clears a field (name cannot be cleared)' })
export class UpdateManagerInput {
  @Field(() => ID, { nullable: true, description: sameId('person') }) @IsOptional() @IsId() id?: string;
  @Field({ nullable: true, description: NAME }) @IsOptional() @IsString() @IsNotBlank() @Length(1, 200) name?: string;
  @Field(() => String, { nullable: true, description: 'Reading of the name (katakana or hiragana), up to 200 characters; search matches it' })
  @IsOptional() @IsString() @MaxLength(200) nameKana?: string | null;
  @Field(() => String, { nullable: true, description: 'Email address, up to 320 characters (masked for analysts)' })
  @IsOptional() @IsEmailAddress() @MaxLength(320) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone: digits, spaces and + - ( ), 3 to 40 characters (masked for analysts)' })
  @IsOptional() @Matches(PHONE, { message: 'phone may hold digits, spaces and + - ( ) only (3 to 40)' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Team name, up to 200 characters' }) @IsOptional() @IsString() @MaxLength(200) team?: string | null;
}

@InputType('CreateManagerInput', { description: 'A new manager: name is required, every other field is optional' })
export class CreateManagerInput extends UpdateManagerInput {
  declare id?: string;
  declare name: string;
}
// @Field by a call on declared fields: see CreateCompanyInput
Field(() => ID, { nullable: true, description: OWN_PERSON_ID })(CreateManagerInput.prototype, 'id');
Field(() => String, { description: NAME })(CreateManagerInput.prototype, 'name');

/** A rep as a patch (see UpdateCompanyInput for why required fields keep @IsOptional). */
@InputType('UpdateRepInput', { description: 'Changes to a partner rep: only the fields given change; null clears a field (name cannot be cleared)' })
export class UpdateRepInput {
  @Field(() => ID, { nullable: true, description: sameId('person') }) @IsOptional() @IsId() id?: string;
  @Field({ nullable: true, description: NAME }) @IsOptional() @IsString() @IsNotBlank() @Length(1, 200) name?: string;
  @Field(() => String, { nullable: true, description: 'Reading of the name in katakana, up to 200 characters; search matches it' })
  @IsOptional() @IsString() @MaxLength(200) nameKana?: string | null;
  @Field(() => String, { nullable: true, description: 'Email address, up to 320 characters (masked for analysts)' })
  @IsOptional() @IsEmailAddress() @MaxLength(320) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone: digits, spaces and + - ( ), 3 to 40 characters (masked for analysts)' })
  @IsOptional() @Matches(PHONE, { message: 'phone may hold digits, spaces and + - ( ) only (3 to 40)' }) phone?: string | null;
  @Field(() => [String], { nullable: true, description: 'Products and industries they sell best, up to 100 of 1 to 100 characters; replaces the list' })
  @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 100, { each: true }) expertise?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Topics they care about, up to 100 of 1 to 100 characters; replaces the list' })
  @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 100, { each: true }) interests?: string[] | null;
  @Field(() => String, { nullable: true, description: 'DiSC profile: D, I, S, C or a blend such as DI (masked for analysts)' })
  @IsOptional() @Matches(/^[DISC]{1,2}$/, { message: 'disc must be one or two of D, I, S, C (e.g. "I" or "DI")' }) disc?: string | null;
  @Field(() => String, { nullable: true, description: 'MBTI type, e.g. ENFP or ENFP-A (masked for analysts)' })
  @IsOptional() @Matches(MBTI, { message: 'mbti must be a type such as ENFP or ENFP-A' }) mbti?: string | null;
  @Field(() => Stance, { nullable: true, description: 'How they approach proposals (masked for analysts)' }) @IsOptional() @IsEnum(Stance) stance?: Stance | null;
  @Field(() => ResponseSpeed, { nullable: true, description: 'How fast they respond (masked for analysts)' }) @IsOptional() @IsEnum(ResponseSpeed) responseSpeed?: ResponseSpeed | null;
  @Field(() => String, { nullable: true, description: 'Free notes on tendencies, up to 20,000 characters (masked for analysts)' })
  @IsOptional() @IsString() @MaxLength(20000) notes?: string | null;
}

@InputType('CreateRepInput', { description: 'A new partner rep: name is required, every other field is optional' })
export class CreateRepInput extends UpdateRepInput {
  declare id?: string;
  declare name: string;
}
// @Field by a call on declared fields: see CreateCompanyInput
Field(() => ID, { nullable: true, description: OWN_PERSON_ID })(CreateRepInput.prototype, 'id');
Field(() => String, { description: NAME })(CreateRepInput.prototype, 'name');

@InputType({ description: 'Which people a list holds; every filter given must match' })
export class PersonFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name or its reading; width, kana and spaces are ignored' })
  @IsOptional() @IsString() @MaxLength(200) search?: string | null;
  @Field(() => String, { nullable: true, description: 'Managers only: team' }) @IsOptional() @IsString() @MaxLength(200) team?: string | null;
  @Field(() => ID, { nullable: true, description: 'Reps only: who works at this company now' }) @IsOptional() @IsId() companyId?: string | null;
}
