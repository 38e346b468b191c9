import { type ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type GraphQLSchema, Kind, type VariableDefinitionNode, visit } from 'graphql';
import { forEachUnstorableText, unstorableText, unstorableTextAt } from '@/domain/shared/well-formed-text';
import { type RequestContext } from '@/graphql/context';
import { BadUserInputError, FieldProblemList } from '@/graphql/errors/bad-user-input.error';
import { variableProblems } from '@/graphql/errors/variable-problems';

/**
 * Where the operation holds text that cannot be stored, by the path of its use: into a variable's value
 * (`createRep.input.notes` for `notes: $n`, `importSnapshot.snapshot.reps[0].email` for `snapshot: $s`) or a string
 * literal (`notes: "a\u0000b"`). The GraphQL parser already refuses a lone surrogate in a literal; NUL it allows.
 */
/**
 * Arguments (field.argument) whose use case checks their text itself, record by record, and reports it with every
 * other fault of the input: importSnapshot's snapshot lists a NUL with the other bad records (extensions.records), as
 * `npm run import` does, instead of being refused alone here.
 */
const CHECKS_OWN_TEXT = new Set(['importSnapshot.snapshot']);

/** `a.b[1].c`: a list item's index joins its list's name without a dot. */
const joinPath = (segments: readonly string[]): string =>
  segments.reduce((s, x) => (s === '' ? x : x.startsWith('[') ? `${s}${x}` : `${s}.${x}`), '');

/** `[k]` when a value is the k-th item of a list literal (its last ancestor is the ListValue); null otherwise. */
function listItem(key: string | number | undefined, ancestors: readonly unknown[]): string | null {
  const last = ancestors[ancestors.length - 1] as { kind?: string } | undefined;
  return typeof key === 'number' && last?.kind === Kind.LIST ? `[${key}]` : null;
}

/**
 * Enter/leave for the values that can hold others (objects, lists): a list item pushes its index onto `segments`
 * (found by an outsider: `tags: ["ok", "a\u0000"]` was named `tags`, not `tags[1]`).
 */
function itemVisitor(segments: string[]) {
  const pushed: boolean[] = [];
  return {
    enter: (_n: unknown, key: string | number | undefined, _p: unknown, _path: unknown, ancestors: readonly unknown[]): void => {
      const item = listItem(key, ancestors);
      if (item) segments.push(item);
      pushed.push(item !== null);
    },
    leave: (): void => { if (pushed.pop()) segments.pop(); },
  };
}

/** Every place where the operation holds text that cannot be stored (the first ones named, the rest counted). */
function unstorableUses(document: DocumentNode, variables: Record<string, unknown>): FieldProblemList {
  const places = new FieldProblemList();
  const add = (p: { path: string; reason: string }): void => places.add({ field: p.path, reason: p.reason });
  const path: string[] = [];
  const fields: string[] = [];
  let ownText = 0; // > 0 inside an argument of CHECKS_OWN_TEXT
  const enter = (name: string) => (): void => { path.push(name); };
  const leave = (): void => { path.pop(); };
  visit(document, {
    Field: {
      enter: (n) => { path.push(n.alias?.value ?? n.name.value); fields.push(n.name.value); },
      leave: () => { path.pop(); fields.pop(); },
    },
    Argument: {
      enter: (n) => { path.push(n.name.value); if (CHECKS_OWN_TEXT.has(`${fields[fields.length - 1]}.${n.name.value}`)) ownText++; },
      leave: (n) => { path.pop(); if (CHECKS_OWN_TEXT.has(`${fields[fields.length - 1]}.${n.name.value}`)) ownText--; },
    },
    ObjectField: { enter: (n) => enter(n.name.value)(), leave },
    ObjectValue: itemVisitor(path),
    ListValue: itemVisitor(path),
    Variable(n, key, _p, _path, ancestors) {
      if (path.length === 0 || ownText > 0) return; // a definition ($n: String), not a use; or checked by its use case
      const at = joinPath([...path, ...(listItem(key, ancestors) ? [listItem(key, ancestors)!] : [])]);
      // every such text of the variable (found by an outsider: only its first was named)
      forEachUnstorableText(variables[n.name.value], '', (inner) => {
        add({ path: `${at}${inner.path && !inner.path.startsWith('[') ? '.' : ''}${inner.path}`, reason: inner.reason });
        return true;
      });
    },
    StringValue(n, key, _p, _path, ancestors) {
      const reason = path.length > 0 && ownText === 0 ? unstorableText(n.value) : null;
      if (reason !== null) add({ path: joinPath([...path, ...(listItem(key, ancestors) ? [listItem(key, ancestors)!] : [])]), reason });
    },
    VariableDefinition(n) {
      // a default value is a literal too ($n: String = "a\u0000b"); a passed value replaces it and is checked at its uses
      if (n.defaultValue && !(n.variable.name.value in variables)) {
        const inDefault: string[] = [`$${n.variable.name.value}`];
        visit(n.defaultValue, {
          ObjectField: { enter: (f) => { inDefault.push(f.name.value); }, leave: () => { inDefault.pop(); } },
          ObjectValue: itemVisitor(inDefault),
          ListValue: itemVisitor(inDefault),
          StringValue(v, key, _p, _path, ancestors) {
            const reason = unstorableText(v.value);
            if (reason !== null) add({ path: joinPath([...inDefault, ...(listItem(key, ancestors) ? [listItem(key, ancestors)!] : [])]), reason });
          },
        });
      }
      return false;
    },
  });
  return places;
}

/**
 * Refuses, before anything runs, a request that holds text that cannot be stored (a lone surrogate, a NUL):
 * BAD_USER_INPUT naming the field, nothing written (see domain/shared/well-formed-text.ts). Variables the document
 * never uses are not looked at (GraphQL ignores them). The document is walked only when its variables or its text
 * could hold such text (an escape `\u`, or the character itself in the document's text).
 */
export function wellFormedTextPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          refuseUnstorableText(schema, document, operation?.variableDefinitions ?? [], request.query, request.variables ?? {});
        },
      };
    },
  };
}

/**
 * BAD_USER_INPUT naming every place of the operation that holds text that cannot be stored, with the variables'
 * other faults in the same answer (issue 12: a NUL was told alone); nothing when there is none. The request limits
 * call it before they coerce the variables, so that a coercion fault does not hide a NUL either.
 */
export function refuseUnstorableText(
  schema: GraphQLSchema, document: DocumentNode, definitions: readonly VariableDefinitionNode[], query: string | undefined, variables: Record<string, unknown>,
): void {
  // a `\u` escape, or the character itself: graphql-js takes a raw NUL (or a raw lone surrogate) inside a string
  // literal as it is (found by an outsider: `name: "a<NUL>"` sent as JSON "a\u0000" was stored)
  const mayHold = unstorableTextAt(variables) !== null || query === undefined || query.includes('\\u') || unstorableText(query) !== null;
  if (!mayHold) return; // the usual case: no walk of the document
  const places = unstorableUses(document, variables);
  if (!places.size) return;
  places.addAll(variableProblems(schema, definitions, variables));
  throw new BadUserInputError(places);
}
