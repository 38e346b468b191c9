import {
  type ASTNode, type ASTVisitor, type GraphQLInputObjectType, type GraphQLInputType, GraphQLError, GraphQLScalarType,
  specifiedScalarTypes, Kind, type ValidationContext, type ValueNode,
  getNullableType, isInputObjectType, isInputType, isListType, typeFromAST,
} from 'graphql';
import { type FieldProblem } from './bad-user-input.error';
import { allowedLeaf } from './variable-problems';

/**
 * Where each inline literal of a document is (its field path from the argument: `input.repIds[1]`, or from a
 * variable's default: `$in.name`) and the input type it must be, so that a validation error about a literal can name
 * its field like a variable's error does (issue 12: literal errors had graphql-js's message only). Filled by
 * `literalPathsRule` while the document is validated; read by `literalFields` when the error is formatted.
 */
const literals = new WeakMap<ASTNode, Literal>();

interface Literal {
  path: string;
  type: GraphQLInputType | null;
  /** For a field of an input object literal: that object's type. */
  parent?: GraphQLInputObjectType;
}

/** Literals are walked no deeper than this (the document limits refuse deeper documents anyway). */
const MAX_DEPTH = 64;

function mark(node: ValueNode, type: GraphQLInputType | null, path: string, depth: number): void {
  literals.set(node, { path, type });
  if (depth >= MAX_DEPTH) return;
  const inner = type ? getNullableType(type) : null;
  if (node.kind === Kind.LIST) {
    const item = inner && isListType(inner) ? (inner.ofType as GraphQLInputType) : null;
    node.values.forEach((v, i) => mark(v, item, `${path}[${i}]`, depth + 1));
  } else if (node.kind === Kind.OBJECT) {
    const parent = inner && isInputObjectType(inner) ? inner : undefined;
    const fields = parent?.getFields();
    for (const f of node.fields) {
      const fieldPath = `${path}.${f.name.value}`;
      literals.set(f, { path: fieldPath, type: fields?.[f.name.value]?.type ?? null, parent });
      mark(f.value, fields?.[f.name.value]?.type ?? null, fieldPath, depth + 1);
    }
  } else if (inner && isListType(inner)) {
    literals.set(node, { path, type: inner.ofType as GraphQLInputType }); // one value where a list is expected: a list of one
  }
}

/** A validation rule that reports nothing: it records where each literal is (see `literals`). */
export function literalPathsRule(context: ValidationContext): ASTVisitor {
  return {
    Argument(node) {
      const type = context.getArgument()?.type ?? null;
      mark(node.value, type, node.name.value, 0);
    },
    VariableDefinition(node) {
      if (!node.defaultValue) return;
      const type = typeFromAST(context.getSchema(), node.type as never);
      mark(node.defaultValue, type && isInputType(type) ? type : null, `$${node.variable.name.value}`, 0);
    },
  };
}

const REQUIRED_FIELD = /^Field "[^"]*\.([^".]+)" of required type "([^"]+)" was not provided\.$/;
const REQUIRED_ARGUMENT = /^(?:Field|Directive) "[^"]+" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.$/;
const UNKNOWN_FIELD = /^Field "([^"]+)" is not defined by type "([^"]+)"\./;

/**
 * The fields a validation error about a literal names, with what is allowed (no value echoed, no suggestion), or none
 * when it is about something else.
 */
export function literalFields(error: unknown): FieldProblem[] {
  if (!(error instanceof GraphQLError)) return [];
  const required = REQUIRED_ARGUMENT.exec(error.message);
  if (required) return [{ field: required[1], reason: `is required (${required[2]}) and was not provided` }];
  const node = error.nodes?.[0];
  const at = node ? literals.get(node) : undefined;
  if (!at) return [];
  const missing = REQUIRED_FIELD.exec(error.message);
  if (missing) return [{ field: `${at.path}.${missing[1]}`, reason: `is required (${missing[2]})` }];
  if (UNKNOWN_FIELD.test(error.message)) {
    const fields = at.parent ? `; its fields: ${Object.keys(at.parent.getFields()).join(', ')}` : '';
    return [{ field: at.path, reason: `is not a field of ${at.parent?.name ?? 'this input'}${fields}` }];
  }
  // a scalar of ours (JSONObject, …) says why in its own words (they echo no value); graphql-js's own scalars echo it
  const inner = at.type ? getNullableType(at.type) : null;
  const own = inner instanceof GraphQLScalarType && !specifiedScalarTypes.includes(inner) ? error.originalError?.message : undefined;
  return [{ field: at.path, reason: own || (at.type ? allowedLeafOf(at.type) : 'is not a valid value here') }];
}

function allowedLeafOf(type: GraphQLInputType): string {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isInputObjectType(inner)) return `must be an input object ${inner.name}`;
  if (isListType(inner)) return allowedLeafOf(inner.ofType as GraphQLInputType);
  return allowedLeaf(inner);
}
