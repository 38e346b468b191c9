import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { CreateCompanyInput } from '@/graphql/company/company.input';
import { flattenValidation } from '@/app/validation/flatten-validation';

describe('flattenValidation: one reason per field', () => {
  it('tells a field\'s failed constraints in one sentence, the kind of value first', () => {
    const input = Object.assign(new CreateCompanyInput(), { id: 'cx', name: 5, employeeCount: -1.5, foundedYear: '1900' });
    const rows = flattenValidation(validateSync(input, { validationError: { target: false, value: false } }) as never);
    expect(rows).toEqual([
      { field: 'name', reason: 'name must be a string and be longer than or equal to 1 and shorter than or equal to 500 characters' },
      { field: 'employeeCount', reason: 'employeeCount must be an integer number and not be less than 0' },
      { field: 'foundedYear', reason: expect.stringMatching(/^foundedYear must be an integer number and /) },
    ]);
    expect(new Set(rows.map((r) => r.field)).size).toBe(rows.length);
  });

  it('keeps full paths of nested fields and a reason that does not repeat the property joined by "; "', () => {
    expect(flattenValidation([{ property: 'input', children: [{ property: 'tags', constraints: { isArray: 'tags must be an array', each: 'each value in tags must be a string' } }] }]))
      .toEqual([{ field: 'input.tags', reason: 'tags must be an array; each value in tags must be a string' }]);
  });
});
