import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createContract } from '@/app/records/contract/create-contract';
import { deleteContract } from '@/app/records/contract/delete-contract';
import { updateContract } from '@/app/records/contract/update-contract';
import { ContractStatus } from '@/domain/shared/enums';
import { isIsoDate } from '@/domain/shared/calendar-date';
import { decodeCursor } from '@/graphql/pagination/cursor';
import { toConnection } from '@/graphql/pagination/connection';
import { PageArgs } from '@/graphql/pagination/page.args';
import { Contract, renewalDate } from '@/domain/contract/contract';
import { RequestContext } from '@/graphql/context';
import { BadUserInputError } from '@/graphql/errors/bad-user-input.error';
import { CompanyType } from '@/graphql/company/company.type';
import { writeRequestOf } from '@/graphql/shared/write';
import { CreateContractInput, UpdateContractInput } from './contract.input';
import { ContractConnection, ContractType } from './contract.type';
import { EXPECTED_VERSION } from '@/graphql/shared/descriptions';

@Resolver(() => ContractType)
export class ContractResolver {
  @Query(() => ContractType, { nullable: true, description: 'A contract by id; null when there is none' })
  contract(@Arg('id', () => ID, { description: 'Id of the contract' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.contract.load(id);
  }

  @Query(() => ContractConnection, { description: 'Contracts by id, filtered by status or company; keyset-paginated' })
  async contracts(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => ContractStatus, { nullable: true, description: 'Only contracts with this status' }) status?: ContractStatus | null,
    @Arg('companyId', () => ID, { nullable: true, description: 'Only contracts with this company' }) companyId?: string | null,
  ) {
    const f = { status, companyId };
    const rows = await ctx.store.read.listContracts(f, { limit: page.first + 1, after: decodeCursor('contracts', page.after) });
    return toConnection('contracts', rows, page, (k) => ({ key: k.id, id: k.id }), () => ctx.store.read.countContracts(f));
  }

  @Query(() => [ContractType], { description: 'ACTIVE contracts whose renewal date (start + term) falls on or before `before`, soonest first' })
  async renewalsDue(@Arg('before', () => String, { description: 'Last renewal day to include, YYYY-MM-DD' }) before: string, @Ctx() ctx: RequestContext): Promise<Contract[]> {
    if (!isIsoDate(before)) throw BadUserInputError.field('before', 'must be a date YYYY-MM-DD');
    const due: Contract[] = [];
    for (let after: string | null = null; ; ) {
      const rows = await ctx.store.read.listContracts({ status: ContractStatus.ACTIVE }, { limit: 1000, after: after ? { key: after, id: after } : null });
      due.push(...rows.filter((k) => (renewalDate(k) ?? '9999') <= before));
      if (rows.length < 1000) break;
      after = rows[rows.length - 1].id;
    }
    return due.sort((a, b) => renewalDate(a)!.localeCompare(renewalDate(b)!) || a.id.localeCompare(b.id));
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'The partner company; null if it is gone' })
  company(@Root() k: Contract, @Ctx() ctx: RequestContext) {
    return ctx.loaders.company.load(k.companyId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'startDate + termMonths: when it comes up for renewal' })
  renewalDate(@Root() k: Contract): string | null {
    return renewalDate(k);
  }

  @Mutation(() => ContractType, { description: 'Adds a contract with a company (CONFLICT when the id is taken)' })
  createContract(@Arg('input', () => CreateContractInput, { description: 'The new contract' }) input: CreateContractInput, @Ctx() ctx: RequestContext): Promise<Contract> {
    return createContract(writeRequestOf(ctx), input);
  }

  @Mutation(() => ContractType, { description: 'Changes the fields given (null clears one); expectedVersion guards against lost updates' })
  updateContract(
    @Arg('id', () => ID, { description: 'Id of the contract to change' }) id: string,
    @Arg('input', () => UpdateContractInput, { description: 'The fields to change (a patch)' }) input: UpdateContractInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Contract> {
    return updateContract(writeRequestOf(ctx), id, input, expectedVersion);
  }

  @Mutation(() => ID, { description: 'Deletes a contract; returns its id (NOT_FOUND for an unknown id)' })
  deleteContract(@Arg('id', () => ID, { description: 'Id of the contract to delete' }) id: string, @Ctx() ctx: RequestContext): Promise<string> {
    return deleteContract(writeRequestOf(ctx), id);
  }
}
