import { ValidationError, type ValidationArguments, getMetadataStorage } from 'class-validator';
import { KIND } from './flatten-validation';

/** Rules that say what kind of value an item is (flattenValidation's, which tells a field's kind first). */
const KIND_RULES = new Set<string>(KIND);

/**
 * The items of a list that break a rule checked on each item (`@IsId({ each: true })`), by index, with the rules each
 * breaks: class-validator reports the list alone (`companyIds`), so its rules are run again on the items of a list
 * that failed one (found by an outsider: a bad id was named `companyIds`, not `companyIds[3]`). Our item rules answer
 * at once; one that answers with a promise is not run again (its list keeps the fault).
 */
function badItems(object: object, property: string, items: unknown[], failed: ReadonlySet<string>): Map<number, Map<string, string>> {
  const storage = getMetadataStorage();
  const bad = new Map<number, Map<string, string>>();
  const rules = storage.getTargetValidationMetadatas(object.constructor, '', true, false)
    .filter((m) => m.propertyName === property && m.each && m.constraintCls);
  for (const m of rules) {
    for (const c of storage.getTargetValidatorConstraints(m.constraintCls)) {
      if (!failed.has(c.name)) continue;
      for (let i = 0; i < items.length; i++) {
        const args: ValidationArguments = { targetName: object.constructor.name, property, object, value: items[i], constraints: m.constraints };
        if (c.instance.validate(items[i], args) !== false) continue;
        // the rule's message said again of the item (a length rule words it by the item's length, not the list's:
        // found by an outsider, an empty item of a list of 201 was told "shorter than or equal to 200 characters")
        const said = typeof m.message === 'function' ? m.message(args) : m.message || c.instance.defaultMessage?.(args) || '';
        // (class-validator's own token replacement also writes $value into the message: a refusal never echoes data)
        const message = said
          .replace(/\$constraint(\d+)/g, (_, n: string) => String(m.constraints?.[Number(n) - 1]))
          .replace(/\$property/g, property).replace(/\$target/g, args.targetName);
        bad.set(i, (bad.get(i) ?? new Map()).set(c.name, message));
      }
    }
  }
  return bad;
}

/**
 * Each error of a list whose items broke a per-item rule gets a child per bad item (`[3]`, its rules' messages said of
 * `companyIds[3]`), and keeps only its rules about the list itself (its size); nested errors likewise. Needs the
 * errors' `target` and `value` (class-validator's `validationError` options). GraphQL arguments and snapshot records
 * both name list items this way.
 */
export function nameListItems(errors: ValidationError[]): void {
  for (const e of errors) {
    if (e.children?.length) nameListItems(e.children);
    if (!e.target || !Array.isArray(e.value) || !e.constraints) continue;
    const bad = badItems(e.target, e.property, e.value, new Set(Object.keys(e.constraints)));
    if (!bad.size) continue;
    const constraints = e.constraints;
    const said = (message: string, i: number): string => {
      const plain = message.replace(/^each value in /, '');
      return plain.startsWith(`${e.property} `) ? `${e.property}[${i}]${plain.slice(e.property.length)}` : plain;
    };
    const items = [...bad].sort(([a], [b]) => a - b).map(([i, all]) => {
      // an item of the wrong kind is told its kind alone, not also its length (as a field is, flattenValidation)
      const names = [...all.keys()].some((n) => KIND_RULES.has(n)) ? [...all.keys()].filter((n) => KIND_RULES.has(n)) : [...all.keys()];
      return Object.assign(new ValidationError(), {
        property: `[${i}]`, children: [],
        constraints: Object.fromEntries(names.map((n) => [n, said(all.get(n) || constraints[n], i)])),
      });
    });
    const itemRules = new Set([...bad.values()].flatMap((names) => [...names.keys()]));
    e.constraints = Object.fromEntries(Object.entries(constraints).filter(([n]) => !itemRules.has(n)));
    e.children = [...items, ...(e.children ?? [])];
  }
}

/**
 * The fields of an input that broke a rule, as the checks beside the format faults skip them: `companyIds` when the
 * list itself is wrong (its kind, its size), else `companyIds[3]` for each bad item only, so that the list's other
 * items are still looked up (found by an outsider: one malformed id hid the unknown companies beside it). Read after
 * nameListItems.
 */
export function faultyFields(errors: readonly ValidationError[]): Set<string> {
  const out = new Set<string>();
  for (const e of errors) {
    const items = (e.children ?? []).filter((c) => /^\[\d+\]$/.test(c.property));
    const whole = Object.keys(e.constraints ?? {}).length > 0 || items.length < (e.children ?? []).length || !items.length;
    if (whole) out.add(e.property);
    else for (const item of items) out.add(`${e.property}${item.property}`);
  }
  return out;
}
