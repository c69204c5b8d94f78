// Partners: a partner with no identity and a client listed twice is refused field by field and nothing is saved; a
// partner of this run (a customer, with this run's client linked) is saved and the list shows it with its one client.
import { runId, asAdmin, createCustomer, gridRows, submit, expectBody } from '../fixtures.mjs';

async function partners(ctx) {
  await ctx.page.goto(ctx.url('/Admin/CommissionPartner/List'));
  return gridRows(ctx, '/Admin/CommissionPartner/List');
}

export async function run(ctx) {
  await asAdmin(ctx);
  const person = await createCustomer(ctx, { tag: 'partners-partner', firstName: 'Partner', lastName: `partners ${runId}` });
  const client = await createCustomer(ctx, { tag: 'partners-client', firstName: 'Client', lastName: `partners ${runId}` });
  const name = `E2E partner ${runId}`;
  const before = await partners(ctx);

  await ctx.page.goto(ctx.url('/Admin/CommissionPartner/Edit/0'));
  //an empty name is refused in the browser already; the server's refusals are the identity and the twice-linked client
  await ctx.page.fill('#Name', name);
  await ctx.page.fill('#LinkedClientEmails', `${client.email}\n${client.email}`);
  await submit(ctx, 'button[name="save"]');
  await expectBody(ctx, 'A partner is either an affiliate or a customer: choose one, not both.');
  await expectBody(ctx, 'A client is listed twice.');
  await ctx.screenshot('partners-edit-refused');

  const afterRefusal = await partners(ctx);
  if (afterRefusal.length !== before.length || afterRefusal.some(p => p.Name === name))
    throw new Error(`the refused partner changed the list: ${before.length} -> ${afterRefusal.length}`);

  //the same partner as a customer with the client once is saved
  await ctx.page.goto(ctx.url('/Admin/CommissionPartner/Edit/0'));
  await ctx.page.fill('#Name', name);
  await ctx.page.fill('#CustomerEmail', person.email);
  await ctx.page.fill('#LinkedClientEmails', client.email);
  await submit(ctx, 'button[name="save"]');
  await expectBody(ctx, 'The partner has been saved.');
  const after = await partners(ctx);
  const saved = after.filter(p => p.Name === name);
  if (after.length !== before.length + 1 || saved.length !== 1 || saved[0].LinkedClientCount !== 1 || !saved[0].Active)
    throw new Error(`the list shows ${JSON.stringify(saved)} (${before.length} -> ${after.length} partners)`);

  //its editor shows the customer and the linked client it was saved with
  await ctx.page.goto(ctx.url(`/Admin/CommissionPartner/Edit/${saved[0].Id}`));
  if ((await ctx.page.inputValue('#CustomerEmail')).toLowerCase() !== person.email
    || (await ctx.page.inputValue('#LinkedClientEmails')).trim().toLowerCase() !== client.email)
    throw new Error('the saved partner does not show its customer and linked client');

  await ctx.page.goto(ctx.url('/Admin/CommissionPartner/List'));
  await ctx.page.waitForSelector('#partners-grid tbody tr td');
  await ctx.screenshot('partners-list');
  console.log(`  ${after.length} partners; the bad one was refused and nothing was saved; "${name}" was saved with 1 client`);
}
