import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { STRATEGY_FIELDS, type StrategyField } from '@/domain/handover/strategy-change';
import { MIN_TARGET_YEN } from '@/domain/shared/yen';
import { IsId, IsInstant, IsNumberIn, IsYen } from '@/graphql/shared/validators';

/**
 * The rules of the snapshot lists whose records no create mutation takes as one input object: the field rules of
 * overrideTrust, setRevenueTarget and the strategy changes updateCompany records. Not GraphQL types (snapshots only).
 * Every field keeps @IsOptional: the snapshot checks report a missing required one as "is required"; the rules
 * across fields (a ≠ b, the note's length, exactly one of companyId and managerId, the period) are checked in
 * src/app/snapshot/validate-snapshot.ts with the mutations' own rules.
 */
export class TrustOverrideRecord {
  /** The two ends of the tie (either order). */
  @IsOptional() @IsId() a: string;
  @IsOptional() @IsId() b: string;
  @IsOptional() @IsNumberIn(0, 1) trust: number;
  /** At most NOTE_MAX characters (overrideTrust's rule); blank is none. */
  @IsOptional() @IsString() note?: string | null;
  /** Who set it: a manager id, or the admin's actor id. */
  @IsOptional() @IsId() byId: string;
  /** When it was set; default: the time of import. */
  @IsOptional() @IsInstant() at?: string | null;
}

export class RevenueTargetRecord {
  /** Exactly one of companyId (a partner's target) and managerId (a manager's). */
  @IsOptional() @IsId() companyId?: string | null;
  @IsOptional() @IsId() managerId?: string | null;
  /** A year (2026), a quarter (2026-Q4) or a month (2026-10). */
  @IsOptional() @IsString() period: string;
  /** Yen, 1 to 1e15 (setRevenueTarget's rule). */
  @IsOptional() @IsYen(MIN_TARGET_YEN) amount: number;
  /** Who set it (the actor's id). */
  @IsOptional() @IsId() setBy: string;
  /** When it was last set; default: the time of import. */
  @IsOptional() @IsInstant() setAt?: string | null;
}

export class StrategyChangeRecord {
  @IsOptional() @IsId() companyId: string;
  /** When the field changed. */
  @IsOptional() @IsInstant() at: string;
  @IsOptional() @IsIn([...STRATEGY_FIELDS]) field: StrategyField;
  /** The text before and after the change (the company fields' limit, 20,000 characters); null: none. */
  @IsOptional() @IsString() @MaxLength(20000) before?: string | null;
  @IsOptional() @IsString() @MaxLength(20000) after?: string | null;
}
