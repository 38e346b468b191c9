/**
 * The products proposals know: every product in a won or open deal (the deals the insight base holds) or listed among a rep's expertise or
 * interests, by normalised key. A product in none of them is unknown (proposalTargets answers NOT_FOUND for it).
 */
import { type InsightBase } from './facts';
import { type ProductMarket } from './proposals';

export interface Product {
  key: string;
  /** Its most used spelling in deals, else among reps' expertise and interests (then the smallest). */
  name: string;
  deals: number;
  won: number;
  /** Reps who list it among their expertise or interests. */
  listedBy: number;
}

export function productCatalogue(base: Pick<InsightBase, 'deals' | 'reps'>, market: ProductMarket): Product[] {
  const spellings = new Map<string, Map<string, number>>();
  const counted = (key: string, name: string): void => {
    let m = spellings.get(key);
    if (!m) spellings.set(key, (m = new Map()));
    m.set(name, (m.get(name) ?? 0) + 1);
  };
  const deals = new Map<string, number>();
  for (const d of base.deals) if (d.productKey) deals.set(d.productKey, (deals.get(d.productKey) ?? 0) + 1);
  const listedBy = new Map<string, number>();
  for (const rep of base.reps.values()) {
    const keys = new Set<string>();
    rep.expertise.forEach((name, i) => (keys.add(rep.expertiseKeys[i]), counted(rep.expertiseKeys[i], name)));
    rep.interests.forEach((name, i) => (keys.add(rep.interestKeys[i]), counted(rep.interestKeys[i], name)));
    for (const k of keys) if (k) listedBy.set(k, (listedBy.get(k) ?? 0) + 1);
  }
  const keys = new Set([...market.products.keys(), ...listedBy.keys()]);
  const out: Product[] = [];
  for (const key of keys) {
    if (!key) continue;
    const sold = market.products.get(key);
    const name = sold?.name ?? [...spellings.get(key)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    out.push({ key, name, deals: deals.get(key) ?? 0, won: sold?.won ?? 0, listedBy: listedBy.get(key) ?? 0 });
  }
  return out.sort((a, b) => b.deals - a.deals || b.listedBy - a.listedBy || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Whether anyone ever sold the product or lists it. */
export function isKnownProduct(market: ProductMarket, key: string): boolean {
  return market.products.has(key) || market.linked.has(key);
}
