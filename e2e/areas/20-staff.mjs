// Staff and hierarchy: the list and the tree show the store's staff with their managers, and a manager who would
// make the hierarchy go round is refused next to the field, changing nothing.
export async function run(ctx) {
  await ctx.loginAdmin();
  await ctx.page.goto(ctx.url('/Admin/CommissionStaff/List'));
  const list = await ctx.page.waitForResponse(r => r.url().includes('/CommissionStaff/List') && r.request().method() === 'POST');
  const staff = (await list.json()).Data;
  const report = staff.find(member => member.ManagerCustomerId > 0);
  if (!report)
    throw new Error('the walk needs a staff member with a manager (set one on the staff page first)');
  await ctx.page.waitForSelector('#staff-hierarchy ul li ul li');
  await ctx.screenshot('staff-hierarchy');

  //the manager may not get their own report as manager
  await ctx.page.goto(ctx.url(`/Admin/CommissionStaff/Edit/${report.ManagerCustomerId}`));
  await ctx.page.selectOption('#ManagerCustomerId', String(report.CustomerId));
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('button[name="save"]')]);
  await ctx.expectText('the hierarchy would go round in a circle');
  await ctx.screenshot('staff-cycle-refused');

  await ctx.page.goto(ctx.url('/Admin/CommissionStaff/List'));
  const after = (await (await ctx.page.waitForResponse(r => r.url().includes('/CommissionStaff/List') && r.request().method() === 'POST')).json()).Data;
  if (after.find(member => member.CustomerId === report.ManagerCustomerId).ManagerCustomerId !== 0)
    throw new Error('the refused manager was saved');
  console.log(`  ${staff.length} staff; ${report.Name} reports to ${report.ManagerName}; the reverse was refused and nothing changed`);
}
