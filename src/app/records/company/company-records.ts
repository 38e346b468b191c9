import { type Company } from '@/domain/company/company';
import { instantOn } from '@/domain/shared/calendar-date';
import { normaliseCompany } from '@/domain/company/company-from-input';
import { Conflict } from '@/app/errors';
import { type RecordKind } from '@/app/records/write';
import { removeCompanyLeftovers } from './company-leftovers';
import { recordStrategyChanges } from '@/app/handover/record-strategy-changes';

/** How the create/update/delete use cases load, check and save a company. */
export const COMPANY: RecordKind<Company> = {
  what: 'company',
  load: async (ops, id) => (await ops.companiesByIds([id]))[0],
  save: async (ops, c, current, today) => {
    await ops.saveCompany(c);
    if (current) await recordStrategyChanges(ops, current, c, instantOn(today)); // strategyChanges (README, "Handovers")
  },
  remove: async (ops, id) => {
    await removeCompanyLeftovers(ops, id);
    await ops.deleteCompany(id);
  },
  normalise: normaliseCompany,
  required: ['name'],
  beforeRemove: async (ops, c) => {
    const dependents = await ops.companyDependents(c.id);
    if (dependents.deals || dependents.employments) {
      throw new Conflict(
        `Company "${c.id}" still has ${dependents.deals} deal(s) and ${dependents.employments} employment record(s); delete or move those first`,
        { id: c.id, ...dependents },
      );
    }
  },
};
