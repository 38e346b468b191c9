import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '@/domain/auth/actor';
import { viewerOf } from '@/app/viewer/viewer-of';
import { RequestContext } from '@/graphql/context';

@ObjectType('Viewer', { description: 'Who the token belongs to and what it may see' })
export class ViewerType {
  @Field(() => Role, { description: 'ADMIN (everything), MANAGER (reads everything, writes within their portfolio) or ANALYST (reads only, personal fields masked)' }) role: Role;
  @Field(() => ID, { nullable: true, description: 'MANAGER tokens: whose portfolio they write' }) managerId: string | null;
  @Field(() => [String], { description: 'Fields that answer null (or an empty list) for this token, as Type.field, e.g. Rep.email' })
  maskedFields: string[];
}

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerType, { description: 'The caller: role, manager and the fields masked for them' })
  viewer(@Ctx() ctx: RequestContext): ViewerType {
    return viewerOf(ctx.actor);
  }
}
