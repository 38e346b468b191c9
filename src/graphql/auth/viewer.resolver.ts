import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Actor, Role } from '@/domain/auth/actor';
import { MASKED_FOR_ANALYSTS, isMasked } from '@/domain/auth/masking';
import { RequestContext } from '@/graphql/context';

@ObjectType('Viewer', { description: 'Who the token belongs to and what it may see' })
export class ViewerType {
  @Field(() => Role, { description: 'ADMIN (everything), MANAGER (reads everything, writes within their portfolio) or ANALYST (reads only, personal fields masked)' }) role: Role;
  @Field(() => ID, { nullable: true, description: 'MANAGER tokens: whose portfolio they write' }) managerId: string | null;
  @Field(() => [String], { description: 'Fields that answer null (or an empty list) for this token, as Type.field, e.g. Rep.email' })
  maskedFields: string[];
}

/** What a token may see, so a client can show a masked field as masked rather than as unknown. */
export function viewerOf(actor: Actor): ViewerType {
  const maskedFields = Object.entries(MASKED_FOR_ANALYSTS).flatMap(([type, fields]) =>
    [...fields].filter((field) => isMasked(actor, type, field)).map((field) => `${type}.${field}`),
  );
  return { role: actor.role, managerId: actor.role === Role.MANAGER ? actor.managerId : null, maskedFields };
}

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerType, { description: 'The caller: role, manager and the fields masked for them' })
  viewer(@Ctx() ctx: RequestContext): ViewerType {
    return viewerOf(ctx.actor);
  }
}
