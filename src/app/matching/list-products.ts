import { type Product, productCatalogue } from '@/domain/matching/products';
import { type ReadRequest } from '@/app/shared/read-request';
import { insightWorld } from './insight-world';

/** Products proposals know (sold in a deal or listed by a rep), most dealt first. */
export async function listProducts(r: ReadRequest): Promise<Product[]> {
  const { base, market } = await insightWorld(r.store, r.today);
  return productCatalogue(base, market);
}
