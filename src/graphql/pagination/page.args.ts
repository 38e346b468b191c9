import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  @IsInt() @Min(1) @Max(MAX_PAGE_SIZE) first: number = 20;
  @Field(() => String, { nullable: true, description: 'Rows after this cursor: pageInfo.endCursor of the previous page (or any edge\'s cursor from this list); omitted: from the start' })
  @IsOptional() @IsString() @MaxLength(2000) after?: string | null;
}
