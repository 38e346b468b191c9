/** The most results an insight query (key persons, brokers, referrals, proposals) gives. */
export const MAX_INSIGHT_LIMIT = 50;
