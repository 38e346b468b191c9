import { authOperations } from './auth/auth-operations';
import { companyOperations } from './company/company-operations';
import { contractOperations } from './contract/contract-operations';
import { dealOperations } from './deal/deal-operations';
import { employmentOperations } from './employment/employment-operations';
import { interactionOperations } from './interaction/interaction-operations';
import { introductionOperations } from './introduction/introduction-operations';
import { metaOperations } from './meta/meta-operations';
import { personOperations } from './person/person-operations';
import { portfolioOperations } from './portfolio/portfolio-operations';
import { GraphReader } from './reader';
import { relationshipOperations } from './relationship/relationship-operations';
import { reportsToOperations } from './reports-to/reports-to-operations';

export { topicKey } from './columns/deal';
export type { OperationsOptions, PageRequest } from './reader';
export type { CompanyFilter } from './company/company-operations';
export type { PersonFilter } from './person/person-operations';
export type { DealFilter } from './deal/deal-operations';

/**
 * Every read and write of the domain, as named queries over one runner (`new GraphOperations(runner, options)`).
 * The same class serves reads outside a transaction and the statements of one write transaction, on either engine.
 * It is the generic batched, cached reader (reader.ts) with one module of operations per concept mixed in.
 */
export class GraphOperations extends authOperations(
  metaOperations(
    introductionOperations(
      reportsToOperations(
        relationshipOperations(
          portfolioOperations(
            employmentOperations(
              interactionOperations(
                dealOperations(
                  contractOperations(
                    personOperations(
                      companyOperations(GraphReader)))))))))))) {}
