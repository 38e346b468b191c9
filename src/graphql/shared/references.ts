// The reference checks live with the record use cases; token.resolver.ts still imports them from here.
export { requireCompany, requirePeople } from '@/app/records/references';
