// Clients and groups: a client of this run given two owners with splits; splits that do not add up to 100 are refused
// and nothing is saved; 60/40 is saved, and both the list and the client's editor show exactly those owners.
import { runId, asAdmin, createCustomer, saveStaff, openClient, fillOwners, gridRows, expectBody } from '../fixtures.mjs';

async function clientRow(ctx, client) {
  await ctx.page.goto(ctx.url('/Admin/CommissionClient/List'));
  return (await gridRows(ctx, '/Admin/CommissionClient/List')).find(r => !r.IsGroup && r.Name.toLowerCase() === client.email);
}

export async function run(ctx) {
  await asAdmin(ctx);
  const first = await createCustomer(ctx, { tag: 'clients-rep1', firstName: 'First', lastName: `clients ${runId}`, staff: true });
  const second = await createCustomer(ctx, { tag: 'clients-rep2', firstName: 'Second', lastName: `clients ${runId}`, staff: true });
  const client = await createCustomer(ctx, { tag: 'clients-client', firstName: 'Client', lastName: `clients ${runId}` });
  await saveStaff(ctx, first);
  await saveStaff(ctx, second);

  await openClient(ctx, client);
  await fillOwners(ctx, [{ staff: first, split: 60 }, { staff: second, split: 30 }]);
  await expectBody(ctx, 'The splits must add up to exactly 100.');
  await ctx.screenshot('clients-splits-refused');
  if (await clientRow(ctx, client))
    throw new Error('the refused splits were saved');

  await openClient(ctx, client);
  await fillOwners(ctx, [{ staff: first, split: 60 }, { staff: second, split: 40 }]);
  await expectBody(ctx, 'The assignment has been saved.');
  const row = await clientRow(ctx, client);
  if (!row || !row.Owners.includes(`${first.name} 60%`) || !row.Owners.includes(`${second.name} 40%`))
    throw new Error(`the list shows ${JSON.stringify(row)}`);
  await ctx.page.waitForSelector('#assignments-grid tbody tr td');

  //the editor opens with the two saved owners and nothing else
  await openClient(ctx, client);
  const owners = await ctx.page.$$eval('#owners-table tbody tr', trs => trs.map(tr => ({
    staff: tr.querySelector('select').selectedOptions[0]?.textContent.trim(),
    split: Number(tr.querySelector('input').value || 0),
  })).filter(owner => owner.split !== 0));
  const shown = owners.map(o => `${o.staff} ${o.split}`).sort().join(', ');
  const expected = [`${first.name} 60`, `${second.name} 40`].sort().join(', ');
  if (shown !== expected)
    throw new Error(`the editor shows ${shown}; expected ${expected}`);
  console.log(`  ${row.Name}: ${row.Owners}`);

  await ctx.page.goto(ctx.url('/Admin/CommissionClient/List'));
  await ctx.page.waitForSelector('#assignments-grid tbody tr td');
  await ctx.screenshot('clients-assign');
}
