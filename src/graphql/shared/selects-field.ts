import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved asks for `name` on what it returns (directly, or in an inline fragment or a named
 * fragment), whatever the alias: a resolver reads ahead only what the query will ask for.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    !!set && set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return within(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/**
 * Whether the field being resolved asks for nothing beyond `fields` of its object (fragments and inline fragments
 * followed; `__typename` always allowed): then a resolver may answer from what the request already holds instead of
 * reading the whole record.
 */
export function selectsOnly(info: GraphQLResolveInfo, fields: ReadonlySet<string>): boolean {
  const only = (set: SelectionSetNode | undefined): boolean =>
    !set || set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === '__typename' || fields.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return only(s.selectionSet);
      const fragment = info.fragments[s.name.value];
      return !!fragment && only(fragment.selectionSet);
    });
  return info.fieldNodes.every((n) => only(n.selectionSet));
}
