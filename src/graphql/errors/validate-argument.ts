import { getNamedType } from 'graphql';
import { ValidationError, type ValidatorOptions, validate } from 'class-validator';
import { ArgumentValidationError, type ResolverData, type ValidatorFn, getMetadataStorage } from 'type-graphql';
import { checksBesideFormat } from '@/app/validation/checks-beside-format';
import { faultyFields, nameListItems } from '@/app/validation/list-items';
import { type RequestContext } from '@/graphql/context';
import { type FieldProblem } from '@/app/errors';
import { readChecksBesideFormat } from '@/graphql/shared/read-checks-beside-format';

/** What TypeGraphQL's own validation would use with `validate: { forbidUnknownValues: false }`. */
const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

const shouldValidate = (v: unknown): v is object => v !== null && typeof v === 'object';

/**
 * The name of the argument an input object came in, so that errors name the full path (`input.name`, not `name`).
 * An @ArgsType() class holds the top-level arguments themselves: no prefix. An @InputType() is found among the field's
 * arguments by its GraphQL type name.
 */
function argumentName(argType: unknown, { info }: ResolverData): string {
  const storage = getMetadataStorage();
  if (storage.argumentTypes.some((t) => t.target === argType)) return '';
  const typeName = storage.inputTypes.find((t) => t.target === argType)?.name;
  const args = info.parentType.getFields()[info.fieldName]?.args ?? [];
  const matching = args.filter((a) => getNamedType(a.type).name === typeName);
  return matching.length === 1 ? matching[0].name : '';
}

/** class-validator's errors under `name` (and `[i]` for a list), so the formatted field is the full path. */
function under(name: string, errors: ValidationError[]): ValidationError[] {
  if (!name) return errors;
  const parent = new ValidationError();
  parent.property = name;
  parent.children = errors;
  return [parent];
}

/** What one argument's class-validator rules found, named under the argument (`input.name`, or `first` of an @ArgsType()). */
async function faultsOf(argValue: object, argType: object, resolverData: ResolverData): Promise<{ prefix: string; errors: ValidationError[] }> {
  const items = Array.isArray(argValue) ? argValue.map((v, i) => [i, v] as const).filter(([, v]) => shouldValidate(v)) : [[null, argValue] as const];
  const errors: ValidationError[] = [];
  for (const [i, item] of items) {
    const found = await validate(item as object, OPTIONS);
    nameListItems(found);
    if (found.length) errors.push(...(i === null ? found : under(`[${i}]`, found)));
  }
  return { prefix: argumentName(argType, resolverData), errors };
}

/** The class-typed arguments of one field being resolved, checked together. */
interface FieldArguments {
  given: { value: object; type: object }[];
  /** How many of `given` the check took (set when it starts): an argument registered later was not checked by it. */
  checked?: number;
  /** Null when every argument passed; else the one refusal naming them all. */
  outcome: Promise<ArgumentValidationError | null>;
}

/**
 * Per field resolution (keyed by its `args` object, one per field each time it resolves): TypeGraphQL validates a
 * field's arguments one by one and side by side, and its first refusal wins, so `deals(first: 0, filter: { companyId: " " })`
 * named one of the two (found by an outsider). Every argument of the field is registered before any is checked (TypeGraphQL
 * calls this for all of them in one synchronous pass), then all are checked at once, and each call answers the same outcome.
 */
const fieldArguments = new WeakMap<object, FieldArguments>();

async function checkAll(batch: FieldArguments, resolverData: ResolverData): Promise<ArgumentValidationError | null> {
  await null; // let the field's other arguments register
  batch.checked = batch.given.length;
  const checked = await Promise.all(batch.given.slice(0, batch.checked).map(({ value, type }) => faultsOf(value, type, resolverData)));
  if (!checked.some((c) => c.errors.length)) return null;
  const store = (resolverData.context as Partial<RequestContext>).store;
  const found: ValidationError[] = [];
  const beside: ValidationError[] = [];
  const badArguments = new Set<string>();
  for (const [i, { prefix, errors }] of checked.entries()) {
    found.push(...under(prefix, errors));
    const bad = faultyFields(errors);
    if (prefix && errors.length) badArguments.add(prefix);
    if (!prefix) for (const f of bad) badArguments.add(f);
    // a mutation's input with format faults gets its use case's reference and date checks on the fields that passed
    // too, in the same refusal (issue 12: the caller fixed one fault only to meet the next)
    const value = batch.given[i].value;
    if (resolverData.info.parentType.name === 'Mutation' && store && !Array.isArray(value)) {
      const problems = await checksBesideFormat(resolverData.info.fieldName, store.read, value as Record<string, unknown>, bad, '');
      beside.push(...under(prefix, problems.map(asValidationError)));
    }
  }
  // a root query's checks after the format (a KPI range, a cursor) on the arguments that passed, likewise
  if (resolverData.info.parentType.name === 'Query') {
    beside.push(...readChecksBesideFormat(resolverData.info.fieldName, resolverData.args, badArguments).map(asValidationError));
  }
  return new ArgumentValidationError([...found, ...beside]);
}

const asValidationError = (p: FieldProblem): ValidationError => Object.assign(new ValidationError(), { property: p.field, constraints: { useCase: p.reason }, children: [] });

/**
 * TypeGraphQL's argument validation (class-validator), with errors that name the argument they came in, every
 * argument of the field in one refusal.
 */
export const validateArgument: ValidatorFn = async (argValue, argType, resolverData) => {
  // only input classes carry class-validator rules; a JSON scalar (importSnapshot's snapshot, which its own validation
  // checks) is no class, and class-validator fails on the prototype-less object an inline literal makes
  if (!shouldValidate(argValue) || typeof argType !== 'function') return;
  let batch = fieldArguments.get(resolverData.args);
  if (!batch) {
    const created: FieldArguments = { given: [], outcome: Promise.resolve(null) };
    created.outcome = checkAll(created, resolverData);
    fieldArguments.set(resolverData.args, created);
    batch = created;
  }
  const index = batch.given.push({ value: argValue, type: argType }) - 1;
  const refusal = await batch.outcome;
  if (refusal) throw refusal;
  // fail closed should TypeGraphQL ever validate a field's arguments one after another: one registered after the
  // check began is checked on its own
  if (index >= (batch.checked ?? 0)) {
    const alone: FieldArguments = { given: [{ value: argValue, type: argType }], outcome: Promise.resolve(null) };
    alone.outcome = checkAll(alone, resolverData);
    const own = await alone.outcome;
    if (own) throw own;
  }
};
