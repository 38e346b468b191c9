import { registerEnumType } from 'type-graphql';
import {
  Channel, ContractStatus, DealStage, IntroductionOutcome, PartnerStatus, Reaction, RelationshipKind, ResponseSpeed, Stance,
} from '@/domain/shared/enums';

registerEnumType(PartnerStatus, {
  name: 'PartnerStatus',
  description: 'Where a partnership with a company stands',
  valuesConfig: {
    PROSPECT: { description: 'Not a partner yet: we are talking about partnering' },
    ACTIVE: { description: 'A partner we sell through now' },
    DORMANT: { description: 'A partner with little or no recent business' },
    TERMINATED: { description: 'The partnership ended; proposal targets leave its people out' },
  },
});
registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  description: 'Where a contract stands',
  valuesConfig: {
    DRAFT: { description: 'Being negotiated, not signed' },
    ACTIVE: { description: 'In force; renewalsDue lists these' },
    EXPIRED: { description: 'Its term ended without renewal' },
    TERMINATED: { description: 'Ended early' },
  },
});
registerEnumType(Stance, {
  name: 'Stance',
  description: 'How a rep approaches proposals (masked for analysts)',
  valuesConfig: {
    PROACTIVE: { description: 'Takes proposals up and pushes them internally' },
    CAUTIOUS: { description: 'Needs convincing and evidence before moving' },
  },
});
registerEnumType(ResponseSpeed, {
  name: 'ResponseSpeed',
  description: 'How fast a rep answers (masked for analysts)',
  valuesConfig: {
    FAST: { description: 'Answers quickly, usually the same day' },
    NORMAL: { description: 'Answers in the usual time' },
    SLOW: { description: 'Takes long to answer; follow up' },
  },
});
registerEnumType(Channel, {
  name: 'Channel',
  description: 'How an interaction took place',
  valuesConfig: {
    MEETING: { description: 'A meeting in person or online' },
    CALL: { description: 'A phone call' },
    EMAIL: { description: 'An email exchange' },
    EVENT: { description: 'An event, seminar or trade show' },
    CHAT: { description: 'A chat message thread' },
  },
});
registerEnumType(Reaction, {
  name: 'Reaction',
  description: 'How the partner side reacted in an interaction',
  valuesConfig: {
    POSITIVE: { description: 'Interested, agreed or pleased' },
    NEUTRAL: { description: 'Neither for nor against' },
    NEGATIVE: { description: 'Not interested, objected or displeased' },
  },
});
registerEnumType(DealStage, {
  name: 'DealStage',
  description: 'Where a deal stands',
  valuesConfig: {
    OPEN: { description: 'Proposed, not decided yet' },
    WON: { description: 'Won: its amount counts as revenue' },
    LOST: { description: 'Lost: lossReason says why' },
  },
});
registerEnumType(IntroductionOutcome, {
  name: 'IntroductionOutcome',
  description: 'How an introduction ended',
  valuesConfig: {
    MET: { description: 'They met: warm paths use the manager and the introduced person as a tie' },
    DECLINED: { description: 'The introduced person declined to meet' },
    PENDING: { description: 'Asked for, not happened yet' },
  },
});
registerEnumType(RelationshipKind, {
  name: 'RelationshipKind',
  description: 'What a relationship between two people is',
  valuesConfig: {
    BUSINESS: { description: 'They work together across companies' },
    COLLEAGUE: { description: 'Colleagues at the same company' },
    FORMER_COLLEAGUE: { description: 'Former colleagues: they worked at the same company before' },
    PERSONAL: { description: 'They know each other privately' },
  },
});
