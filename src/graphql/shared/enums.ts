import { registerEnumType } from 'type-graphql';
import {
  Channel, ContractStatus, DealStage, IntroductionOutcome, PartnerStatus, Reaction, RelationshipKind, ResponseSpeed, Stance,
} from '@/domain/shared/enums';

registerEnumType(PartnerStatus, { name: 'PartnerStatus' });
registerEnumType(ContractStatus, { name: 'ContractStatus' });
registerEnumType(Stance, { name: 'Stance', description: 'How a rep approaches proposals' });
registerEnumType(ResponseSpeed, { name: 'ResponseSpeed' });
registerEnumType(Channel, { name: 'Channel' });
registerEnumType(Reaction, { name: 'Reaction' });
registerEnumType(DealStage, { name: 'DealStage' });
registerEnumType(IntroductionOutcome, { name: 'IntroductionOutcome' });
registerEnumType(RelationshipKind, { name: 'RelationshipKind' });
