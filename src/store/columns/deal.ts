import { type Deal } from '@/domain/deal/deal';
import { DealStage } from '@/domain/shared/enums';
import { searchKey } from '@/domain/shared/search-text';
import { type Row } from '../runner';
import { type Columns, type Unversioned, fromColumns, oneOf, optionalNumber, optionalText, text, version } from './column';

/** Normalised key of a topic (expertise, interest) or product, so that "CRM" and "ｃｒｍ" meet. */
export const topicKey = searchKey;

export const dealColumns: Columns<Deal> = {
  id: text,
  companyId: text,
  repId: optionalText,
  managerId: optionalText,
  product: text,
  amount: optionalNumber,
  grossProfit: optionalNumber,
  stage: oneOf(DealStage.OPEN),
  proposedAt: optionalText,
  closedAt: optionalText,
  lossReason: optionalText,
  competitor: optionalText,
  version,
};

/** The row stored for a deal, without its version (see companyRow); `productKey` is what deals are found by. */
export function dealRow(d: Unversioned<Deal>): Row {
  return {
    id: d.id, companyId: d.companyId, repId: d.repId, managerId: d.managerId, product: d.product, productKey: topicKey(d.product),
    amount: d.amount, grossProfit: d.grossProfit, stage: d.stage, proposedAt: d.proposedAt, closedAt: d.closedAt,
    lossReason: d.lossReason, competitor: d.competitor ?? null,
  };
}

export const toDeal = (p: Row): Deal => fromColumns(dealColumns, p);
