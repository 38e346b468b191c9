/**
 * Records for tests, one factory per entity: every field blank (null, [] or {}, version 1) as the store's column list
 * says (src/store/columns/), then the id, the required fields and what the test gives. A field added to a domain type
 * reaches every test through its column: no factory to update.
 */
import { type Company } from '@/domain/company/company';
import { type Contract } from '@/domain/contract/contract';
import { type Deal } from '@/domain/deal/deal';
import { type Employment } from '@/domain/employment/employment';
import { type Interaction } from '@/domain/interaction/interaction';
import { type Manager, type Rep } from '@/domain/person/person';
import { Channel, DealStage } from '@/domain/shared/enums';
import { blankOf } from '@/store/columns/column';
import { companyColumns } from '@/store/columns/company';
import { contractColumns } from '@/store/columns/contract';
import { dealColumns } from '@/store/columns/deal';
import { employmentColumns } from '@/store/columns/edges';
import { interactionColumns } from '@/store/columns/interaction';
import { managerColumns, repColumns } from '@/store/columns/person';

export const aCompany = (id: string, name = id, extra: Partial<Company> = {}): Company => ({ ...blankOf(companyColumns), id, name, ...extra });

export const aRep = (id: string, name = id, extra: Partial<Rep> = {}): Rep => ({ ...blankOf(repColumns), id, name, ...extra });

export const aManager = (id: string, name = id, extra: Partial<Manager> = {}): Manager => ({ ...blankOf(managerColumns), id, name, ...extra });

export const aContract = (id: string, companyId: string, extra: Partial<Contract> = {}): Contract => ({ ...blankOf(contractColumns), id, companyId, ...extra });

export const aDeal = (id: string, companyId: string, extra: Partial<Deal> = {}): Deal => ({
  ...blankOf(dealColumns), id, companyId, product: 'CRM', stage: DealStage.OPEN, ...extra,
});

export const anInteraction = (id: string, at: string, extra: Partial<Interaction> = {}): Interaction => ({
  ...blankOf(interactionColumns), id, at, channel: Channel.MEETING, ...extra,
});

export const anEmployment = (id: string, repId: string, companyId: string, extra: Partial<Employment> = {}): Employment => ({
  ...blankOf(employmentColumns), id, repId, companyId, ...extra,
});
