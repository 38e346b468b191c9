import { getNamedType } from 'graphql';
import { ValidationError, type ValidatorOptions, validate } from 'class-validator';
import { ArgumentValidationError, type ResolverData, type ValidatorFn, getMetadataStorage } from 'type-graphql';
import { checksBesideFormat } from '@/app/validation/checks-beside-format';
import { faultyFields, nameListItems } from '@/app/validation/list-items';
import { type RequestContext } from '@/graphql/context';

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

/** TypeGraphQL's argument validation (class-validator), with errors that name the argument they came in. */
export const validateArgument: ValidatorFn = async (argValue, argType, resolverData) => {
  // only input classes carry class-validator rules; a JSON scalar (importSnapshot's snapshot, which its own validation
  // checks) is no class, and class-validator fails on the prototype-less object an inline literal makes
  if (!shouldValidate(argValue) || typeof argType !== 'function') return;
  const items = Array.isArray(argValue) ? argValue.map((v, i) => [i, v] as const).filter(([, v]) => shouldValidate(v)) : [[null, argValue] as const];
  const found: ValidationError[] = [];
  for (const [i, item] of items) {
    const errors = await validate(item as object, OPTIONS);
    nameListItems(errors);
    if (errors.length) found.push(...(i === null ? errors : under(`[${i}]`, errors)));
  }
  if (!found.length) return;
  // a mutation's input with format faults gets its use case's reference and date checks on the fields that passed
  // too, in the same refusal (issue 12: the caller fixed one fault only to meet the next)
  if (resolverData.info.parentType.name === 'Mutation' && !Array.isArray(argValue)) {
    const store = (resolverData.context as Partial<RequestContext>).store;
    const bad = faultyFields(found);
    const beside = store ? await checksBesideFormat(store.read, argValue as Record<string, unknown>, bad, '') : [];
    for (const p of beside) found.push(Object.assign(new ValidationError(), { property: p.field, constraints: { useCase: p.reason }, children: [] }));
  }
  throw new ArgumentValidationError(under(argumentName(argType, resolverData), found));
};
