import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { Arg, Args, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Role } from '@/domain/auth/actor';
import { ApiToken, AuditEntry } from '@/domain/auth/token';
import { RequestContext } from '@/graphql/context';
import { InvalidInput } from '@/app/errors';
import { issueToken } from '@/app/tokens/issue-token';
import { revokeToken } from '@/app/tokens/revoke-token';
import { listTokens } from '@/app/tokens/list-tokens';
import { readAuditLog } from '@/app/tokens/read-audit-log';
import { decodeCursor } from '@/graphql/pagination/cursor';
import { Connection, toConnection } from '@/graphql/pagination/connection';
import { PageArgs } from '@/graphql/pagination/page.args';
import { IsId } from '@/graphql/shared/validators';
import { inTransaction } from '@/graphql/shared/write';

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

@Resolver()
export class TokenResolver {
  @Query(() => [ApiTokenType], { description: 'Admins only' })
  apiTokens(@Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return listTokens(ctx.store, ctx.actor);
  }

  @Mutation(() => CreatedApiToken, { description: 'Admins only. The secret is returned once; only its hash is stored' })
  async createApiToken(@Arg('input', () => ApiTokenInput, { description: 'Name, role and (MANAGER) manager of the new token' }) input: ApiTokenInput, @Ctx() ctx: RequestContext) {
    return issueToken(ctx.actor, input, (work) => inTransaction(ctx, work));
  }

  @Mutation(() => ApiTokenType, { description: 'Admins only. The token stops working at once' })
  async revokeApiToken(@Arg('id', () => ID, { description: 'Id of the token (ApiToken.id, not the secret)' }) id: string, @Ctx() ctx: RequestContext): Promise<ApiToken> {
    return revokeToken(ctx.actor, id, (work) => inTransaction(ctx, work));
  }

  @Query(() => AuditConnection, { description: 'Admins only. Every write, newest first' })
  async auditLog(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('actorId', () => String, { nullable: true, description: 'Only writes by this actor (AuditEntry.actorId)' }) actorId?: string | null,
  ) {
    const after = decodeCursor('auditLog', page.after);
    const rows: AuditEntry[] = await readAuditLog(ctx.store, ctx.actor, { actorId, limit: page.first + 1, after });
    return toConnection('auditLog', rows, page, (a) => ({ key: a.at, id: a.id }), async () => {
      throw InvalidInput.field('totalCount', 'is not available for the audit log');
    });
  }
}
