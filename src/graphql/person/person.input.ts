import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ResponseSpeed, Stance } from '@/domain/shared/enums';
import { IsEmailAddress, IsId } from '@/graphql/shared/validators';

const PHONE = /^[0-9+\-() ]{3,40}$/;
const MBTI = /^[EI][SN][TF][JP](-[AT])?$/;

@InputType()
export class ManagerInput {
  @Field(() => ID, { nullable: true, description: 'Your own id; generated when omitted on create' }) @IsOptional() @IsId() id?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field(() => String, { nullable: true, description: 'Reading of the name (katakana or hiragana); search matches it' }) @IsOptional() @IsString() @MaxLength(200) nameKana?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmailAddress() @MaxLength(320) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE, { message: 'phone may hold digits, spaces and + - ( ) only (3 to 40)' }) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) team?: string | null;
}

@InputType()
export class RepInput {
  @Field(() => ID, { nullable: true, description: 'Your own id; generated when omitted on create' }) @IsOptional() @IsId() id?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) nameKana?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmailAddress() @MaxLength(320) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE, { message: 'phone may hold digits, spaces and + - ( ) only (3 to 40)' }) phone?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 100, { each: true }) expertise?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 100, { each: true }) interests?: string[] | null;
  @Field(() => String, { nullable: true, description: 'D, I, S, C or a blend such as DI' })
  @IsOptional() @Matches(/^[DISC]{1,2}$/, { message: 'disc must be one or two of D, I, S, C (e.g. "I" or "DI")' }) disc?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. ENFP or ENFP-A' })
  @IsOptional() @Matches(MBTI, { message: 'mbti must be a type such as ENFP or ENFP-A' }) mbti?: string | null;
  @Field(() => Stance, { nullable: true }) @IsOptional() @IsEnum(Stance) stance?: Stance | null;
  @Field(() => ResponseSpeed, { nullable: true }) @IsOptional() @IsEnum(ResponseSpeed) responseSpeed?: ResponseSpeed | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) notes?: string | null;
}

@InputType()
export class PersonFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name or its reading; width, kana and spaces are ignored' })
  @IsOptional() @IsString() @MaxLength(200) search?: string | null;
  @Field(() => String, { nullable: true, description: 'Managers only: team' }) @IsOptional() @IsString() @MaxLength(200) team?: string | null;
  @Field(() => ID, { nullable: true, description: 'Reps only: who works at this company now' }) @IsOptional() @IsId() companyId?: string | null;
}

