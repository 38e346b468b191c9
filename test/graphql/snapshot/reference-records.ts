/**
 * The record builders of the create mutations and the snapshot import as they were before recordFromInput (commit
 * ddf5522): defaults spread, the input applied with applyPatch, then normalised, then the version stripped for a
 * snapshot. Kept verbatim as the reference: test/graphql/shared/record-from-input.test.ts and the snapshot
 * equivalence test (through reference-validate.ts) require the new builders to give the same records.
 */
import { type Company } from '@/domain/company/company';
import { type Contract } from '@/domain/contract/contract';
import { type Deal } from '@/domain/deal/deal';
import { type Interaction } from '@/domain/interaction/interaction';
import { type Manager, type Rep } from '@/domain/person/person';
import { DealStage, PersonKind } from '@/domain/shared/enums';
import { type CreateCompanyInput } from '@/graphql/company/company.input';
import { type CreateContractInput } from '@/graphql/contract/contract.input';
import { type CreateDealInput } from '@/graphql/deal/deal.input';
import { type CreateInteractionInput } from '@/graphql/interaction/interaction.input';
import { type CreateManagerInput, type CreateRepInput } from '@/graphql/person/person.input';
import { applyPatch } from '@/domain/shared/record-from-input';
import { blankOf } from '@/store/columns/column';
import { companyColumns } from '@/store/columns/company';

/**
 * A company record from a create input (the snapshot import builds its records the same way). Its defaults, once a
 * literal copy of the company's shape, are the blank record of the store's column list (src/store/columns/company.ts):
 * every field null, [] or {}, so a new field needs no edit here.
 */
export function companyFromInput(input: CreateCompanyInput, id: string, version: number): Company {
  return normaliseCompany(applyPatch({ ...blankOf(companyColumns), id, name: '', version }, { ...input, id }));
}

function normaliseCompany(c: Company): Company {
  return { ...c, customerSegments: c.customerSegments ?? [], customFields: c.customFields ?? {} };
}

const EMPTY_CONTRACT: Omit<Contract, 'id' | 'companyId' | 'version'> = { startDate: null, termMonths: null, commissionRate: null, conditions: null, status: null };

export function contractFromInput(input: CreateContractInput, id: string, version: number): Contract {
  return applyPatch({ ...EMPTY_CONTRACT, id, companyId: '', version } as Contract, { ...input, id });
}

const EMPTY_DEAL: Omit<Deal, 'id' | 'companyId' | 'product' | 'stage' | 'version'> = {
  repId: null, managerId: null, amount: null, grossProfit: null, proposedAt: null, closedAt: null, lossReason: null, competitor: null,
};

export function dealFromInput(input: CreateDealInput, id: string, version: number): Deal {
  return applyPatch({ ...EMPTY_DEAL, id, companyId: '', product: '', stage: DealStage.OPEN, version } as Deal, { ...input, id });
}

export function interactionFromInput(input: CreateInteractionInput, id: string, version: number): Interaction {
  const base: Interaction = {
    id, at: '', channel: input.channel!, managerIds: [], repIds: [], summary: null, reaction: null, concerns: [], nextAction: null, version,
  };
  return normaliseInteraction(applyPatch(base, { ...input, id }));
}

function normaliseInteraction(i: Interaction): Interaction {
  return {
    ...i, managerIds: i.managerIds ?? [], repIds: i.repIds ?? [], concerns: i.concerns ?? [],
    nextAction: i.nextAction ? { description: i.nextAction.description, dueDate: i.nextAction.dueDate ?? null, done: !!i.nextAction.done } : null,
  };
}

const EMPTY_REP: Omit<Rep, 'id' | 'name' | 'version'> = {
  kind: PersonKind.REP, nameKana: null, email: null, phone: null, expertise: [], interests: [], disc: null, mbti: null,
  stance: null, responseSpeed: null, notes: null,
};

export function repFromInput(input: CreateRepInput, id: string, version: number): Rep {
  return normaliseRep(applyPatch({ ...EMPTY_REP, id, name: '', version } as Rep, { ...input, id }));
}

export function normaliseRep(r: Rep): Rep {
  return { ...r, kind: PersonKind.REP, expertise: r.expertise ?? [], interests: r.interests ?? [] };
}

export function managerFromInput(input: CreateManagerInput, id: string, version: number): Manager {
  return applyPatch({ kind: PersonKind.MANAGER, id, name: '', nameKana: null, email: null, phone: null, team: null, version } as Manager, { ...input, id });
}

/** The snapshot's form of a record: as built, without its version. */
export function strip<T extends { version?: number }>(r: T): Omit<T, 'version'> {
  const { version: _v, ...rest } = r;
  return rest;
}
