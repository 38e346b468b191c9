/** Enumerations of the partner-sales domain, as named in docs/snapshot.schema.json and the schema. */
export enum PartnerStatus { PROSPECT = 'PROSPECT', ACTIVE = 'ACTIVE', DORMANT = 'DORMANT', TERMINATED = 'TERMINATED' }
export enum ContractStatus { DRAFT = 'DRAFT', ACTIVE = 'ACTIVE', EXPIRED = 'EXPIRED', TERMINATED = 'TERMINATED' }
export enum Stance { PROACTIVE = 'PROACTIVE', CAUTIOUS = 'CAUTIOUS' }
export enum ResponseSpeed { FAST = 'FAST', NORMAL = 'NORMAL', SLOW = 'SLOW' }
export enum Channel { MEETING = 'MEETING', CALL = 'CALL', EMAIL = 'EMAIL', EVENT = 'EVENT', CHAT = 'CHAT' }
export enum Reaction { POSITIVE = 'POSITIVE', NEUTRAL = 'NEUTRAL', NEGATIVE = 'NEGATIVE' }
export enum DealStage { OPEN = 'OPEN', WON = 'WON', LOST = 'LOST' }
export enum IntroductionOutcome { MET = 'MET', DECLINED = 'DECLINED', PENDING = 'PENDING' }
export enum RelationshipKind { BUSINESS = 'BUSINESS', COLLEAGUE = 'COLLEAGUE', FORMER_COLLEAGUE = 'FORMER_COLLEAGUE', PERSONAL = 'PERSONAL' }
export enum PersonKind { MANAGER = 'MANAGER', REP = 'REP' }
export enum Disc { D = 'D', I = 'I', S = 'S', C = 'C' }
