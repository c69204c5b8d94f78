// Partners: a partner with no identity and a client listed twice is refused field by field and
// nothing is saved; the list shows the stored partners.
export async function run(ctx) {
  await ctx.loginAdmin();
  await ctx.page.goto(ctx.url('/Admin/CommissionPartner/List'));
  const before = (await (await ctx.page.waitForResponse(r => r.url().includes('/CommissionPartner/List') && r.request().method() === 'POST')).json()).recordsTotal;

  await ctx.page.goto(ctx.url('/Admin/CommissionPartner/Edit/0'));
  //an empty name is refused in the browser already; the server's refusals are the identity and the twice-linked client
  await ctx.page.fill('#Name', 'Referral partner');
  await ctx.page.fill('#LinkedClientEmails', 'steve_gates@nopCommerce.com\nsteve_gates@nopCommerce.com');
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('button[name="save"]')]);
  await ctx.expectText('A partner is either an affiliate or a customer: choose one, not both.');
  await ctx.expectText('A client is listed twice.');
  await ctx.screenshot('partners-edit-refused');

  await ctx.page.goto(ctx.url('/Admin/CommissionPartner/List'));
  const after = (await (await ctx.page.waitForResponse(r => r.url().includes('/CommissionPartner/List') && r.request().method() === 'POST')).json()).recordsTotal;
  if (after !== before)
    throw new Error(`the refused partner changed the list: ${before} -> ${after}`);
  await ctx.screenshot('partners-list');
  console.log(`  ${after} partners; the bad one was refused and nothing was saved`);
}
