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

registerEnumType(Role, {
  name: 'Role',
  description: 'What an API token may do',
  valuesConfig: {
    ADMIN: { description: 'Everything, including tokens and the audit log' },
    MANAGER: { description: 'Reads everything; writes interactions, deals, relationships and the chart of partners in their own portfolio' },
    ANALYST: { description: 'Reads the network and KPIs; contact details, personality and interaction notes are masked (null or empty)' },
  },
});

@ObjectType('ApiToken', { description: 'An API token; its secret is shown once, at creation' })
export class ApiTokenType {
  @Field(() => ID, { description: 'Its id (not the secret)' }) id: string;
  @Field({ description: 'What it is for, as given at creation' }) name: string;
  @Field(() => Role, { description: 'What it may do' }) role: Role;
  @Field(() => ID, { nullable: true, description: 'MANAGER tokens: the manager whose portfolio they write; null for other roles' }) managerId: string | null;
  @Field({ description: 'When it was created (ISO 8601 instant)' }) createdAt: string;
  @Field(() => String, { nullable: true, description: 'When it was revoked (ISO 8601 instant); null while it works' }) revokedAt: string | null;
}

@ObjectType({ description: 'A new API token and its secret' })
export class CreatedApiToken {
  @Field(() => ApiTokenType, { description: 'The token record' }) token: ApiTokenType;
  @Field({ description: 'Send as `Authorization: Bearer <secret>`; it is not stored and cannot be shown again' }) secret: string;
}

@InputType({ description: 'A new API token' })
export class ApiTokenInput {
  @Field({ description: 'What it is for, 1 to 200 characters' }) @IsString() @Length(1, 200) name: string;
  @Field(() => Role, { description: 'What it may do' }) @IsEnum(Role) role: Role;
  @Field(() => ID, { nullable: true, description: 'Required for MANAGER: the manager whose portfolio the token writes; only for MANAGER tokens' }) @IsOptional() @IsId() managerId?: string | null;
}

@ObjectType('AuditEntry', { description: 'Who changed what, and when' })
export class AuditEntryType {
  @Field(() => ID, { description: 'Its id' }) id: string;
  @Field({ description: 'When the write happened (ISO 8601 instant)' }) at: string;
  @Field({ description: 'Who wrote: token:<id>, jwt:<sub> or admin-token' }) actorId: string;
  @Field({ description: 'Their role at the time' }) role: string;
  @Field({ description: 'The mutation, e.g. updateCompany' }) operation: string;
  @Field(() => [ID], { description: 'Ids of the records it wrote' }) targetIds: string[];
  @Field({ description: 'The request it came with: the server\'s own id for it (the x-request-id of the response)' }) requestId: string;
  @Field(() => String, { nullable: true, description: 'The x-request-id the client sent with the request (its first 100 characters); null: none' })
  clientRequestId: string | null;
}

const AuditConnection = Connection(AuditEntryType, 'AuditEntry');

/** Why a token's managerId does not fit its role (required for MANAGER, refused for the others), or null. */
export function tokenManagerProblem(role: Role, managerId: string | null): string | null {
  if (role === Role.MANAGER) return managerId ? null : 'is required for a MANAGER token';
  return managerId ? `is only for a MANAGER token; a ${role} token has no manager (leave it out)` : null;
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
  async createApiToken(@Arg('input', () => ApiTokenInput, { description: 'Name, role and (MANAGER) manager of the new token' }) input: ApiTokenInput, @Ctx() ctx: RequestContext) {
    const problem = tokenManagerProblem(input.role, input.managerId ?? null);
    if (problem) throw BadUserInputError.field('input.managerId', problem);
    const created = newApiToken(input.name, input.role, input.managerId ?? null);
    await inTransaction(ctx, async (ops) => {
      if (created.token.managerId) await requirePeople(ops, [created.token.managerId], PersonKind.MANAGER, 'input.managerId');
      await ops.saveToken(created.token);
      return created.token;
    });
    return created;
  }

  @Mutation(() => ApiTokenType, { description: 'Admins only. The token stops working at once' })
  async revokeApiToken(@Arg('id', () => ID, { description: 'Id of the token (ApiToken.id, not the secret)' }) id: string, @Ctx() ctx: RequestContext): Promise<ApiToken> {
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
    @Arg('actorId', () => String, { nullable: true, description: 'Only writes by this actor (AuditEntry.actorId)' }) actorId?: string | null,
  ) {
    const after = decodeCursor('auditLog', page.after);
    const rows: AuditEntry[] = await ctx.store.read.listAudit(actorId ?? null, { limit: page.first + 1, after });
    return toConnection('auditLog', rows, page, (a) => ({ key: a.at, id: a.id }), async () => {
      throw BadUserInputError.field('totalCount', 'is not available for the audit log');
    });
  }
}
