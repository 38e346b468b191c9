import { IsEnum, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { RelationshipKind } from '@/domain/shared/enums';
import { IsId, IsInstant, IsIsoDate } from '@/graphql/shared/validators';

@InputType()
export class RelationshipInput {
  @Field(() => ID, { nullable: true, description: 'A person (manager or rep)' }) @IsOptional() @IsId() a?: string;
  @Field(() => ID, { nullable: true, description: 'Another person' }) @IsOptional() @IsId() b?: string;
  @Field(() => Float, { nullable: true, description: '0 to 1' }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1) trust?: number;
  @Field(() => RelationshipKind, { nullable: true }) @IsOptional() @IsEnum(RelationshipKind) kind?: RelationshipKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() since?: string | null;
  /** Snapshots only: when the trust value was recorded (export writes it; default: the time of import). */
  @IsOptional() @IsInstant() recordedAt?: string | null;
}
