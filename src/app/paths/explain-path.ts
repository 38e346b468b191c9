import { type FoundPath } from '@/domain/paths/k-best';
import { type Network } from '@/domain/paths/network';
import { type StepPerson, stepReason } from '@/domain/paths/reasons';
import { PersonKind } from '@/domain/shared/enums';
import { type PathMemberView, type PathStepView, type WarmPathView } from './warm-path';

/** The steps' reasons and the people's company and title, from what the network knows. */
export function explainPath(network: Network, path: FoundPath, today: string): WarmPathView {
  const person = (id: string): StepPerson => {
    const p = network.people.get(id);
    return { id, name: p?.name ?? id, kind: p?.kind ?? 'REP', team: p?.team ?? null };
  };
  const steps: PathStepView[] = path.trusts.map((_t, i) => {
    const [a, b] = [path.people[i], path.people[i + 1]];
    const trust = network.effectiveTrust(a, b)!;
    const tie = network.tie(a, b);
    const meeting = trust.basis === 'INTRODUCED' ? network.introducingMeeting(a, b) : null;
    const reason = stepReason({
      from: person(a), to: person(b), kind: tie?.kind ?? null, since: tie?.since ?? null, trust,
      employments: { from: network.employmentsOfPerson(a), to: network.employmentsOfPerson(b) },
      companyNames: network.companies, last: network.lastContact(a, b),
      introducedBy: meeting ? { introducerName: person(meeting.introducerId).name, at: meeting.at } : null, today,
    });
    return { from: a, to: b, trust: trust.trust, reason, kind: tie?.kind ?? null, basis: trust.basis, recordedTrust: trust.recorded };
  });
  const members: PathMemberView[] = path.people.map((id) => {
    const p = network.people.get(id);
    const job = network.currentEmployment(id, today);
    return {
      personId: id, name: p?.name ?? id, kind: p?.kind === 'MANAGER' ? PersonKind.MANAGER : PersonKind.REP, team: p?.team ?? null,
      companyId: job?.companyId ?? null, companyName: job ? network.companies.get(job.companyId) ?? null : null,
      title: job?.title ?? null, department: job?.department ?? null,
    };
  });
  return { strength: path.strength, hops: path.hops, people: path.people, steps, members };
}
