import { validate } from 'class-validator';
import { faultyFields, nameListItems } from '@/app/validation/list-items';
import { checksBesideFormat } from '@/app/validation/checks-beside-format';
import { type GraphOperations } from '@/store/graph-operations';
import { getMetadataStorage } from 'type-graphql';
import { InvalidInput } from '@/app/errors';
import { type ValidationLike, flattenValidation } from '@/app/validation/flatten-validation';

/**
 * A mutation that takes one `input` object or the same fields as plain arguments (the contract allows both forms for
 * recordJobChange and reassignPortfolio). Exactly one form: both, or neither, is BAD_USER_INPUT. Plain arguments are
 * checked with the input class's own rules, every bad one named by its argument name (`repId`, not `input.repId`).
 * `plain` holds only the arguments the caller gave (undefined ones are left out). With `beside`, a refusal of their
 * format also names what use case `beside.useCase` would find wrong with the others (checksBesideFormat), as the input
 * form's does.
 */
export async function inputOrArguments<T extends object>(
  inputClass: new () => T, input: T | null | undefined, plain: Record<string, unknown>, beside?: { useCase: string; ops: GraphOperations },
): Promise<T> {
  const given = Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined));
  const names = Object.keys(given);
  if (input != null && names.length > 0) {
    throw new InvalidInput(`Give either input or the plain arguments, not both (got input and ${names.join(', ')})`, [
      { field: 'input', reason: `not together with ${names.join(', ')}` },
    ]);
  }
  if (input != null) return input;
  const built = Object.assign(new inputClass(), given);
  // what GraphQL checks for the input object (its non-null fields), checked here for the plain form
  const required = getMetadataStorage().fields.filter((f) => f.target === inputClass && !f.typeOptions.nullable).map((f) => f.name);
  const missing = required.filter((name) => given[name] == null).map((field) => ({ field, reason: `${field} is required` }));
  const errors = await validate(built, { forbidUnknownValues: false, skipMissingProperties: true });
  nameListItems(errors); // a bad item by its index, as in the input form (found by an outsider: `companyIds` alone)
  const problems = [...missing, ...flattenValidation(errors as ValidationLike[])];
  // the use case's reference checks on the arguments that passed, in the same refusal, as validateArgument does for
  // the input form (found by an outsider: a malformed companyIds item hid an unknown company beside it)
  if (problems.length && names.length && beside) problems.push(...(await checksBesideFormat(beside.useCase, beside.ops, given, faultyFields(errors), '')));
  if (problems.length > 0) {
    const message = names.length === 0
      ? 'Give input, or the plain arguments'
      : `Invalid input: ${problems.map((p) => `${p.field} (${p.reason})`).join('; ')}`;
    throw new InvalidInput(names.length === 0 ? `${message}: ${problems.map((p) => p.field).join(', ')} required` : message, problems);
  }
  return built;
}

/**
 * Runs the use case with what inputOrArguments built; when the caller gave plain arguments (no `input`), the fields its
 * refusal names are the arguments they sent (`effectiveDate`, `companyIds[0]`), not `input.…` (found by an outsider).
 */
export async function namedAsSent<R>(input: object | null | undefined, run: () => Promise<R>): Promise<R> {
  if (input != null) return run();
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof InvalidInput)) throw e;
    const plain = (field: string): string => field.replace(/^input\./, '');
    throw new InvalidInput(e.message.replace(/\binput\.(?=[A-Za-z])/g, ''), e.fields.map((f) => ({ ...f, field: plain(f.field) })), e.details);
  }
}
