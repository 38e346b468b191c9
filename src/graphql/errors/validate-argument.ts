import { getNamedType } from 'graphql';
import { ValidationError, type ValidationArguments, type ValidatorOptions, getMetadataStorage as validationMetadata, validate } from 'class-validator';
import { ArgumentValidationError, type ResolverData, type ValidatorFn, getMetadataStorage } from 'type-graphql';
import { checksBesideFormat } from '@/app/validation/checks-beside-format';
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

/**
 * The items of a list that break a rule checked on each item (`@IsId({ each: true })`), by index, with the rules each
 * breaks: class-validator reports the list alone (`companyIds`), so its rules are run again on the items of a list
 * that failed one (found by an outsider: a bad id was named `companyIds`, not `companyIds[3]`).
 */
async function badItems(object: object, property: string, items: unknown[], failed: ReadonlySet<string>): Promise<Map<number, Set<string>>> {
  const storage = validationMetadata();
  const bad = new Map<number, Set<string>>();
  const rules = storage.getTargetValidationMetadatas(object.constructor, '', true, false)
    .filter((m) => m.propertyName === property && m.each && m.constraintCls);
  for (const m of rules) {
    for (const c of storage.getTargetValidatorConstraints(m.constraintCls)) {
      if (!failed.has(c.name)) continue;
      for (let i = 0; i < items.length; i++) {
        const args: ValidationArguments = { targetName: object.constructor.name, property, object, value: items[i], constraints: m.constraints };
        if (!(await c.instance.validate(items[i], args))) bad.set(i, (bad.get(i) ?? new Set()).add(c.name));
      }
    }
  }
  return bad;
}

/**
 * Each error of a list whose items broke a per-item rule gets a child per bad item (`[3]`, its rules' messages said of
 * `companyIds[3]`), and keeps only its rules about the list itself (its size); nested errors likewise.
 */
async function nameItems(errors: ValidationError[]): Promise<void> {
  for (const e of errors) {
    if (e.children?.length) await nameItems(e.children);
    if (!e.target || !Array.isArray(e.value) || !e.constraints) continue;
    const bad = await badItems(e.target, e.property, e.value, new Set(Object.keys(e.constraints)));
    if (!bad.size) continue;
    const constraints = e.constraints;
    const said = (message: string, i: number): string => {
      const plain = message.replace(/^each value in /, '');
      return plain.startsWith(`${e.property} `) ? `${e.property}[${i}]${plain.slice(e.property.length)}` : plain;
    };
    const items = [...bad].sort(([a], [b]) => a - b).map(([i, names]) => Object.assign(new ValidationError(), {
      property: `[${i}]`, children: [],
      constraints: Object.fromEntries([...names].map((n) => [n, said(constraints[n], i)])),
    }));
    const itemRules = new Set([...bad.values()].flatMap((names) => [...names]));
    e.constraints = Object.fromEntries(Object.entries(constraints).filter(([n]) => !itemRules.has(n)));
    e.children = [...items, ...(e.children ?? [])];
  }
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
    await nameItems(errors);
    if (errors.length) found.push(...(i === null ? errors : under(`[${i}]`, errors)));
  }
  if (!found.length) return;
  // a mutation's input with format faults gets its use case's reference and date checks on the fields that passed
  // too, in the same refusal (issue 12: the caller fixed one fault only to meet the next)
  if (resolverData.info.parentType.name === 'Mutation' && !Array.isArray(argValue)) {
    const store = (resolverData.context as Partial<RequestContext>).store;
    const bad = new Set(found.map((e) => e.property));
    const beside = store ? await checksBesideFormat(store.read, argValue as Record<string, unknown>, bad, '') : [];
    for (const p of beside) found.push(Object.assign(new ValidationError(), { property: p.field, constraints: { useCase: p.reason }, children: [] }));
  }
  throw new ArgumentValidationError(under(argumentName(argType, resolverData), found));
};
