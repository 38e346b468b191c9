import {
  GraphQLBoolean, GraphQLFloat, GraphQLID, GraphQLInt, GraphQLString, type GraphQLInputType, type GraphQLSchema,
  Kind, type VariableDefinitionNode, getVariableValues, isEnumType, isInputObjectType, isInputType, isListType, isNonNullType, typeFromAST,
} from 'graphql';
import { echoId } from '@/domain/shared/echo-id';
import { BadUserInputError, FieldProblemList, MAX_NAMED_FIELDS } from './bad-user-input.error';

/** At most this many problems are named (bad-user-input.error.ts counts the rest). */
export const MAX_VARIABLE_PROBLEMS = MAX_NAMED_FIELDS;

/** What a leaf type allows, in words; none of them repeats the value that was sent. */
export function allowedLeaf(type: GraphQLInputType): string {
  if (isEnumType(type)) return `must be one of ${type.getValues().map((v) => v.name).join(', ')}`;
  switch (type) {
    case GraphQLString: return 'must be a String (text)';
    case GraphQLInt: return 'must be an Int: a whole number from -2147483648 to 2147483647';
    case GraphQLFloat: return 'must be a Float: a finite number';
    case GraphQLBoolean: return 'must be a Boolean: true or false';
    case GraphQLID: return 'must be an ID: a string or a whole number';
    default: return `must be a ${String(type)}${String(type) === 'JSONObject' ? ' (a JSON object)' : ''}`;
  }
}

/**
 * Every problem of `value` against `type`, by the full path from the variable (`$in.name`, `$in.ids[2]`), with what is
 * allowed: what graphql-js's coercion refuses, checked the same way (a single value where a list is expected is a
 * list of one; a missing field with a default is fine), so that a value with no problem here coerces.
 */
function walk(value: unknown, type: GraphQLInputType, path: string, out: FieldProblemList): void {
  if (isNonNullType(type)) {
    if (value === null || value === undefined) {
      out.add({ field: path, reason: `is required and must not be null (${String(type)})` });
      return;
    }
    walk(value, type.ofType, path, out);
    return;
  }
  if (value === null || value === undefined) return;
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, type.ofType, `${path}[${i}]`, out));
    else walk(value, type.ofType, path, out);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) {
      out.add({ field: path, reason: `must be an input object ${type.name}` });
      return;
    }
    const fields = type.getFields();
    const given = value as Record<string, unknown>;
    for (const f of Object.values(fields)) {
      const v = given[f.name];
      if (v === undefined) {
        if (isNonNullType(f.type) && f.defaultValue === undefined) out.add({ field: `${path}.${f.name}`, reason: `is required (${String(f.type)})` });
        continue;
      }
      walk(v, f.type, `${path}.${f.name}`, out);
    }
    for (const key of Object.keys(given)) {
      if (!Object.hasOwn(fields, key)) out.add({ field: `${path}.${echoId(key)}`, reason: `is not a field of ${type.name}; its fields: ${Object.keys(fields).join(', ')}` });
    }
    if (type.isOneOf) {
      const set = Object.keys(given).filter((k) => Object.hasOwn(fields, k));
      if (set.length !== 1 || given[set[0]] === null) out.add({ field: path, reason: `must set exactly one of ${Object.keys(fields).join(', ')}, not null` });
    }
    return;
  }
  let parsed: unknown;
  try {
    parsed = type.parseValue(value);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined) out.add({ field: path, reason: allowedLeaf(type) });
}

/** Every problem of the variables against the operation's variable definitions (none: they coerce). */
export function variableProblems(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[], inputs: Record<string, unknown>): FieldProblemList {
  const out = new FieldProblemList();
  for (const def of definitions) {
    const name = def.variable.name.value;
    const type = typeFromAST(schema, def.type);
    if (!type || !isInputType(type)) continue; // the document's validation refuses it
    const path = `$${name}`;
    if (!Object.hasOwn(inputs, name)) {
      if (!def.defaultValue && isNonNullType(type)) out.add({ field: path, reason: `is required (${String(type)}) and was not provided` });
      continue;
    }
    walk(inputs[name], type, path, out);
  }
  return out;
}

/**
 * The operation's variables coerced as execution will coerce them, or a BAD_USER_INPUT error naming every variable
 * field that does not (`$in.name`, with what is allowed, no value echoed, no suggestion), at most
 * MAX_VARIABLE_PROBLEMS of them (`extensions.fieldsNotShown` counts the rest, as the message does).
 */
export function coerceVariables(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[], inputs: Record<string, unknown>): Record<string, unknown> {
  const coerced = getVariableValues(schema, definitions, inputs, { maxErrors: MAX_VARIABLE_PROBLEMS });
  if (!coerced.errors) return coerced.coerced;
  const fields = variableProblems(schema, definitions, inputs);
  if (!fields.size) {
    // graphql-js refused something the walk above allows: name the variables it names, still without their values
    for (const e of coerced.errors) {
      const node = e.nodes?.[0];
      const def = node?.kind === Kind.VARIABLE_DEFINITION ? node : null;
      const name = def?.variable.name.value;
      if (def && name && !fields.named.some((f) => f.field === `$${name}`)) fields.add({ field: `$${name}`, reason: `is not a valid ${String(typeFromAST(schema, def.type) ?? 'value')}` });
    }
  }
  throw new BadUserInputError(fields);
}
