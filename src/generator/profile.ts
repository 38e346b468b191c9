/**
 * The shape of the generated network: every ratio the generator uses, in one place.
 * Figures marked "tuned" were adjusted so that the measured output matches the brief (see the tests).
 */
export const PROFILE = {
  /** Smallest network that still has 3 managers, 3 companies and people in each. */
  minPeople: 10,
  managerShare: 0.01,
  minManagers: 3,
  peoplePerCompany: 15,
  minCompanies: 3,
  /** Pareto exponent of company sizes (quantile sampled): max/median grows like C^(1/alpha). */
  companySizeAlpha: 1.42,
  /** Share of reps with a past employment at another partner. */
  moverShare: 0.15,
  /** Share of movers with two past employers. */
  twoMovesShare: 0.2,
  /** Share of reps who changed role inside their current company (two employment records there). */
  transferShare: 0.08,
  /** Mean relationships per person (degree), over managers and reps. */
  averageDegree: 10,
  /** Sociability weight: Pareto exponent and cap; a person's expected degree grows with it. */
  sociabilityAlpha: 1.3,
  sociabilityCap: 80,
  /** Extra colleague ties per rep inside the company, on top of the org chart (tuned). */
  colleagueDegree: 5.2,
  /** Chance that a rep's tie to the boss is recorded. */
  bossTieShare: 0.8,
  /** Chance that a business contact introduces someone they know to the manager. */
  introductionShare: 0.3,
  /** Chance that a mover kept a tie to a manager of the former employer. */
  formerManagerTieShare: 0.35,
  interactionsPerPerson: 4.8,
  dealsPerPerson: 1.6,
  /** Chance that a partner with two owners sees both at one interaction. */
  jointMeetingShare: 0.15,
} as const;
