import { ValidationTypes, getMetadataStorage } from 'class-validator';

/**
 * A quick "is this object valid?" for class-validator's `validateSync(object, { whitelist: true,
 * forbidNonWhitelisted: true, forbidUnknownValues: true })` (no groups, no `always`), built once per class from
 * class-validator's own metadata and calling the very constraint instances class-validator calls.
 *
 * It answers `true` only when validateSync would return no errors; `false` means "invalid, or not sure": the caller
 * then runs class-validator itself, which gives the verdict and the messages. So a record's problems always come from
 * class-validator, and the quick path can never change a decision, only skip the work for records that pass:
 * class-validator spends most of its time building error objects, filtering metadata and allocating closures per
 * property, even when nothing is wrong (18 s of a 100,000-person snapshot's 28 s validation).
 *
 * Whatever it does not know for certain sends the record to class-validator: metadata types other than custom,
 * nested and conditional validation (e.g. promise validation), async constraints, a constraint answering anything but
 * `true`, `each` over a Set or Map, nested arrays, objects whose prototype is not their class's.
 * test/graphql/snapshot/snapshot-validate.equivalence.test.ts runs both over generated and hostile records and compares.
 */

type AnyObject = Record<string, any>;
type Check = (obj: AnyObject) => boolean;

interface ConstraintCall {
  metadata: any;
  instance: { validate: (value: unknown, args: unknown) => unknown };
}

interface PropertyPlan {
  name: string;
  conditions: ((obj: AnyObject, value: unknown) => boolean)[];
  defined: ConstraintCall[];
  custom: ConstraintCall[];
  /** Classes' schema names for nested validation (class-validator passes the owning class's name as the schema). */
  nested: string[];
}

const NEVER: Check = () => false;
const plans = new Map<Function, Map<string, Check>>();

/** True only if class-validator's validateSync with the snapshot options would find nothing wrong with `obj`. */
export function quickValid(obj: unknown): boolean {
  return check(obj, undefined);
}

function check(obj: unknown, schema: string | undefined): boolean {
  if (obj === null || typeof obj !== 'object') return false;
  const cls = (obj as AnyObject).constructor;
  // only instances made by `new Cls()` (then Object.assign): anything else goes to class-validator
  if (typeof cls !== 'function' || Object.getPrototypeOf(obj) !== cls.prototype) return false;
  let bySchema = plans.get(cls);
  if (!bySchema) plans.set(cls, (bySchema = new Map()));
  const key = schema ?? '';
  let plan = bySchema.get(key);
  if (!plan) bySchema.set(key, (plan = compile(cls, schema)));
  return plan(obj as AnyObject);
}

const KNOWN_TYPES = new Set<string>([
  ValidationTypes.CUSTOM_VALIDATION, ValidationTypes.NESTED_VALIDATION, ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.IS_DEFINED, ValidationTypes.WHITELIST,
]);

function compile(cls: Function, schema: string | undefined): Check {
  const storage = getMetadataStorage() as any;
  // exactly the metadata class-validator's executor uses for validateSync(obj, options without groups)
  const metas: any[] = storage.getTargetValidationMetadatas(cls, schema, false, false, undefined);
  if (!metas.length) return NEVER; // forbidUnknownValues: class-validator reports an unknown value
  if (metas.some((m) => !KNOWN_TYPES.has(m.type))) return NEVER;
  const grouped: Record<string, any[]> = storage.groupByPropertyName(metas);
  const allowed = new Set(Object.keys(grouped).filter((k) => grouped[k].length > 0));
  const calls = (list: any[]): ConstraintCall[] | null => {
    const out: ConstraintCall[] = [];
    for (const m of list) {
      const constraints: any[] = storage.getTargetValidatorConstraints(m.constraintCls);
      for (const c of constraints) {
        if (c.async) return null;
        out.push({ metadata: m, instance: c.instance });
      }
    }
    return out;
  };
  const props: PropertyPlan[] = [];
  for (const name of Object.keys(grouped)) {
    const ms = grouped[name];
    const defined = calls(ms.filter((m) => m.type === ValidationTypes.IS_DEFINED));
    const custom = calls(ms.filter((m) => m.type === ValidationTypes.CUSTOM_VALIDATION));
    if (!defined || !custom) return NEVER;
    props.push({
      name,
      conditions: ms.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION).map((m) => m.constraints[0]),
      defined,
      custom,
      nested: ms.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION).map((m) => (typeof m.target === 'string' ? m.target : m.target.name)),
    });
  }
  const targetName = cls.name;

  const runCalls = (obj: AnyObject, value: unknown, list: ConstraintCall[]): boolean => {
    for (let i = 0; i < list.length; i++) {
      const { metadata, instance } = list[i];
      if (metadata.validateIf && !metadata.validateIf(obj, value)) continue;
      const args = { targetName, property: metadata.propertyName, object: obj, value, constraints: metadata.constraints };
      if (metadata.each && (Array.isArray(value) || value instanceof Set || value instanceof Map)) {
        if (!Array.isArray(value)) return false;
        for (let j = 0; j < value.length; j++) if (instance.validate(value[j], args) !== true) return false;
      } else if (instance.validate(value, args) !== true) {
        return false;
      }
    }
    return true;
  };

  return (obj) => {
    const keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) if (!allowed.has(keys[i])) return false; // forbidNonWhitelisted
    for (let p = 0; p < props.length; p++) {
      const prop = props[p];
      const value = obj[prop.name];
      if (value instanceof Promise) return false;
      let go = true;
      for (let c = 0; c < prop.conditions.length; c++) if (!prop.conditions[c](obj, value)) go = false;
      if (!go) continue;
      if (!runCalls(obj, value, prop.defined)) return false;
      if (!runCalls(obj, value, prop.custom)) return false;
      if (prop.nested.length && value !== undefined) {
        if (Array.isArray(value) || value instanceof Set || value instanceof Map || !(value instanceof Object)) return false;
        for (const s of prop.nested) if (!check(value, s)) return false;
      }
    }
    return true;
  };
}
