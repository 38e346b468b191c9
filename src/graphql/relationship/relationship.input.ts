import { IsEnum, IsOptional } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { RelationshipKind } from '@/domain/shared/enums';
import { IsId, IsInstant, IsIsoDate, IsNumberIn } from '@/graphql/shared/validators';

/**
 * A trust tie (setRelationship and snapshots). a, b and trust are non-null in GraphQL; they keep @IsOptional because
 * the snapshot checks report a missing one as "is required" (see UpdateCompanyInput).
 */
@InputType({ description: 'How much two people trust each other; the tie is undirected (a and b may come in either order)' })
export class RelationshipInput {
  @Field(() => ID, { description: 'A person (manager or rep)' }) @IsOptional() @IsId() a: string;
  @Field(() => ID, { description: 'Another person (manager or rep), not a' }) @IsOptional() @IsId() b: string;
  @Field(() => Float, { description: 'Trust from 0 (none) to 1 (full)' }) @IsOptional() @IsNumberIn(0, 1) trust: number;
  @Field(() => RelationshipKind, { nullable: true, description: 'What the tie is; omitted or null keeps the kind recorded before (none on a new tie)' }) @IsOptional() @IsEnum(RelationshipKind) kind?: RelationshipKind | null;
  @Field(() => String, { nullable: true, description: 'Since when they know each other, YYYY-MM-DD; omitted or null keeps the day recorded before' }) @IsOptional() @IsIsoDate() since?: string | null;
  /** Snapshots only: when the trust value was recorded (export writes it; default: the time of import). */
  @IsOptional() @IsInstant() recordedAt?: string | null;
}
