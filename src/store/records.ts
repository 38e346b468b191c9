import { Company } from '@/domain/company/company';
import { Contract } from '@/domain/contract/contract';
import { Deal } from '@/domain/deal/deal';
import { Employment } from '@/domain/employment/employment';
import { Interaction } from '@/domain/interaction/interaction';
import { Introduction } from '@/domain/introduction/introduction';
import { Manager, Person, Rep } from '@/domain/person/person';
import { Relationship, relationshipKey } from '@/domain/relationship/relationship';
import { PersonKind } from '@/domain/shared/enums';
import { Row } from './runner';

/** Mapping between stored property maps and domain records. Engines hand over plain objects. */

type Props = Record<string, unknown>;

const str = (v: unknown): string | null => (v == null ? null : String(v));
const num = (v: unknown): number | null => (v == null ? null : Number(v));
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function toCompany(p: Props): Company {
  return {
    id: String(p.id),
    name: String(p.name),
    nameKana: str(p.nameKana),
    partnerStatus: str(p.partnerStatus) as Company['partnerStatus'],
    industry: str(p.industry),
    prefecture: str(p.prefecture),
    employeeCount: num(p.employeeCount),
    foundedYear: num(p.foundedYear),
    annualRevenue: num(p.annualRevenue),
    capital: num(p.capital),
    fiscalYearEndMonth: num(p.fiscalYearEndMonth),
    customerCount: num(p.customerCount),
    customerSegments: list(p.customerSegments),
    strengths: str(p.strengths),
    weaknesses: str(p.weaknesses),
    businessPolicy: str(p.businessPolicy),
    challenges: str(p.challenges),
    customFields: p.customFields == null ? {} : (JSON.parse(String(p.customFields)) as Record<string, unknown>),
    version: num(p.version) ?? 1,
  };
}

export function toPerson(p: Props): Person {
  const base = { id: String(p.id), name: String(p.name), nameKana: str(p.nameKana), email: str(p.email), phone: str(p.phone), version: num(p.version) ?? 1 };
  if (p.kind === PersonKind.MANAGER) {
    return { ...base, kind: PersonKind.MANAGER, team: str(p.team) } satisfies Manager;
  }
  return {
    ...base,
    kind: PersonKind.REP,
    expertise: list(p.expertise),
    interests: list(p.interests),
    disc: str(p.disc),
    mbti: str(p.mbti),
    stance: str(p.stance) as Rep['stance'],
    responseSpeed: str(p.responseSpeed) as Rep['responseSpeed'],
    notes: str(p.notes),
  } satisfies Rep;
}

export function toContract(p: Props): Contract {
  return {
    id: String(p.id),
    companyId: String(p.companyId),
    startDate: str(p.startDate),
    termMonths: num(p.termMonths),
    commissionRate: num(p.commissionRate),
    conditions: str(p.conditions),
    status: str(p.status) as Contract['status'],
    version: num(p.version) ?? 1,
  };
}

export function toDeal(p: Props): Deal {
  return {
    id: String(p.id),
    companyId: String(p.companyId),
    repId: str(p.repId),
    managerId: str(p.managerId),
    product: String(p.product),
    amount: num(p.amount),
    grossProfit: num(p.grossProfit),
    stage: String(p.stage) as Deal['stage'],
    proposedAt: str(p.proposedAt),
    closedAt: str(p.closedAt),
    lossReason: str(p.lossReason),
    competitor: str(p.competitor),
    version: num(p.version) ?? 1,
  };
}

export function toInteraction(p: Props): Interaction {
  return {
    id: String(p.id),
    at: String(p.at),
    channel: String(p.channel) as Interaction['channel'],
    managerIds: list(p.managerIds),
    repIds: list(p.repIds),
    summary: str(p.summary),
    reaction: str(p.reaction) as Interaction['reaction'],
    concerns: list(p.concerns),
    nextAction:
      p.nextActionDescription == null
        ? null
        : { description: String(p.nextActionDescription), dueDate: str(p.nextActionDueDate), done: p.nextActionDone === true },
    version: num(p.version) ?? 1,
  };
}

export function toEmployment(r: Row): Employment {
  return {
    id: String(r.id),
    repId: String(r.repId),
    companyId: String(r.companyId),
    title: str(r.title),
    department: str(r.department),
    since: str(r.since),
    until: str(r.until),
  };
}

/** A tie as read: its id is made from its two ends (stored with a <= b), as relationshipKey makes it. */
export function toRelationship(r: Row): Relationship {
  const { a, b, id } = relationshipKey(String(r.a), String(r.b));
  return {
    id,
    a,
    b,
    kind: str(r.kind) as Relationship['kind'],
    trust: Number(r.trust),
    since: str(r.since),
    recordedAt: String(r.recordedAt),
    version: num(r.version) ?? 1,
  };
}

export function toIntroduction(r: Row): Introduction {
  return {
    id: String(r.id),
    introducerId: String(r.introducerId),
    introducedId: String(r.introducedId),
    toManagerId: String(r.toManagerId),
    at: str(r.at),
    outcome: String(r.outcome) as Introduction['outcome'],
  };
}
