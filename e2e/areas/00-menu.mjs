// The admin menu has the "Sales commission" node with its pages.
export async function run(ctx) {
  await ctx.loginAdmin();
  await ctx.page.goto(ctx.url('/Admin'));
  await ctx.expectText('Sales commission');
  for (const href of ['CommissionProgram/List', 'CommissionEntry/List', 'CommissionReceipt/List'])
    if (await ctx.page.locator(`a[href*="${href}"]`).count() === 0)
      throw new Error(`menu link ${href} missing`);
}
