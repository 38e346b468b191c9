import { randomUUID } from 'node:crypto';
import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { Arg, Args, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Role } from '@/domain/auth/actor';
import { ApiToken, AuditEntry } from '@/domain/auth/token';
import { hashToken, newTokenSecret } from '@/auth/tokens';
import { RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { NotFoundError } from '@/graphql/errors/not-found.error';
import { decodeCursor } from '@/graphql/pagination/cursor';
import { Connection, toConnection } from '@/graphql/pagination/connection';
import { PageArgs } from '@/graphql/pagination/page.args';
import { requirePeople } from '@/graphql/shared/references';
import { IsId } from '@/graphql/shared/validators';
import { inTransaction } from '@/graphql/shared/write';
import { PersonKind } from '@/domain/shared/enums';

registerEnumType(Role, { name: 'Role' });

@ObjectType('ApiToken', { description: 'An API token; its secret is shown once, at creation' })
export class ApiTokenType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Role) role: Role;
  @Field(() => ID, { nullable: true }) managerId: string | null;
  @Field() createdAt: string;
  @Field(() => String, { nullable: true }) revokedAt: string | null;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => ApiTokenType) token: ApiTokenType;
  @Field({ description: 'Send as `Authorization: Bearer <secret>`; it is not stored and cannot be shown again' }) secret: string;
}

@InputType()
export class ApiTokenInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => Role) @IsEnum(Role) role: Role;
  @Field(() => ID, { nullable: true, description: 'Required for MANAGER: whose portfolio they write' }) @IsOptional() @IsId() managerId?: string | null;
}

@ObjectType('AuditEntry', { description: 'Who changed what, and when' })
export class AuditEntryType {
  @Field(() => ID) id: string;
  @Field() at: string;
  @Field() actorId: string;
  @Field() role: string;
  @Field() operation: string;
  @Field(() => [ID]) targetIds: string[];
  @Field() requestId: string;
}

const AuditConnection = Connection(AuditEntryType, 'AuditEntry');

/** Why a token's managerId does not fit its role (required for MANAGER, refused for the others), or null. */
export function tokenManagerProblem(role: Role, managerId: string | null): string | null {
  if (role === Role.MANAGER) return managerId ? null : 'is required for a MANAGER token';
  return managerId ? `is only for MANAGER tokens; a ${role} token has no manager (leave it out)` : null;
}

/** Creates a token record and its secret (the GraphQL mutation and `npm run token` share it). */
export function newApiToken(name: string, role: Role, managerId: string | null): { token: ApiToken; secret: string } {
  const secret = newTokenSecret();
  return {
    secret,
    token: { id: randomUUID(), name, role, managerId, hash: hashToken(secret), createdAt: new Date().toISOString(), revokedAt: null },
  };
}

@Resolver()
export class TokenResolver {
  @Query(() => [ApiTokenType], { description: 'Admins only' })
  apiTokens(@Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return ctx.store.read.allTokens();
  }

  @Mutation(() => CreatedApiToken, { description: 'Admins only. The secret is returned once; only its hash is stored' })
  async createApiToken(@Arg('input', () => ApiTokenInput) input: ApiTokenInput, @Ctx() ctx: RequestContext) {
    const problem = tokenManagerProblem(input.role, input.managerId ?? null);
    if (problem) throw BadUserInputError.field('input.managerId', problem);
    const created = newApiToken(input.name, input.role, input.managerId ?? null);
    await inTransaction(ctx, async (ops) => {
      if (created.token.managerId) await requirePeople(ops, [created.token.managerId], PersonKind.MANAGER, 'input.managerId');
      await ops.saveToken(created.token);
    });
    return created;
  }

  @Mutation(() => ApiTokenType, { description: 'Admins only. The token stops working at once' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiToken> {
    return inTransaction(ctx, async (ops) => {
      const token = await ops.tokenById(id);
      if (!token) throw new NotFoundError('API token', id);
      const revoked = { ...token, revokedAt: token.revokedAt ?? new Date().toISOString() };
      await ops.saveToken(revoked);
      return revoked;
    });
  }

  @Query(() => AuditConnection, { description: 'Admins only. Every write, newest first' })
  async auditLog(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('actorId', () => String, { nullable: true }) actorId?: string | null,
  ) {
    const after = decodeCursor('auditLog', page.after);
    const rows: AuditEntry[] = await ctx.store.read.listAudit(actorId ?? null, { limit: page.first + 1, after });
    return toConnection('auditLog', rows, page.first, (a) => ({ key: a.at, id: a.id }), async () => {
      throw BadUserInputError.field('totalCount', 'is not available for the audit log');
    });
  }
}
