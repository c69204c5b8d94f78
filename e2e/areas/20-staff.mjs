// Staff and hierarchy: two sales representatives of this run, one set as the other's manager on the Staff page; the
// list and the tree show them so; the manager may not get their own report as manager (refused next to the field),
// and nothing changes.
import { runId, asAdmin, createCustomer, saveStaff, gridRows, submit, expectBody } from '../fixtures.mjs';

async function staffRows(ctx) {
  await ctx.page.goto(ctx.url('/Admin/CommissionStaff/List'));
  return gridRows(ctx, '/Admin/CommissionStaff/List');
}

export async function run(ctx) {
  await asAdmin(ctx);
  const manager = await createCustomer(ctx, { tag: 'staff-manager', firstName: 'Manager', lastName: `staff ${runId}`, staff: true });
  const report = await createCustomer(ctx, { tag: 'staff-report', firstName: 'Report', lastName: `staff ${runId}`, staff: true });

  //both are staff as soon as they have the role; neither has a manager yet
  let rows = await staffRows(ctx);
  for (const member of [manager, report]) {
    const row = rows.find(r => r.Email === member.email);
    if (!row || row.CustomerId !== member.id || row.ManagerCustomerId !== 0)
      throw new Error(`the staff list shows ${JSON.stringify(row)} for ${member.email}`);
  }

  await saveStaff(ctx, manager);
  await saveStaff(ctx, report, manager);
  rows = await staffRows(ctx);
  const reportRow = rows.find(r => r.Email === report.email);
  const managerRow = rows.find(r => r.Email === manager.email);
  if (reportRow?.ManagerCustomerId !== manager.id || reportRow.ManagerName !== manager.name || !reportRow.Active)
    throw new Error(`${report.name} should report to ${manager.name}: ${JSON.stringify(reportRow)}`);
  if (managerRow?.ManagerCustomerId !== 0 || !managerRow.Active)
    throw new Error(`${manager.name} should have no manager: ${JSON.stringify(managerRow)}`);

  //the tree: the manager's node holds the report's node
  const nested = await ctx.page.$$eval('#staff-hierarchy li', (items, names) => items.some(li =>
    li.querySelector(':scope > a')?.textContent.trim() === names.manager
    && [...li.querySelectorAll(':scope > ul > li > a')].some(a => a.textContent.trim() === names.report)),
  { manager: manager.name, report: report.name });
  if (!nested)
    throw new Error(`the hierarchy does not show ${report.name} under ${manager.name}`);
  await ctx.page.locator('#staff-hierarchy').scrollIntoViewIfNeeded();
  await ctx.screenshot('staff-hierarchy');

  //the manager may not get their own report as manager
  await ctx.page.goto(ctx.url(`/Admin/CommissionStaff/Edit/${manager.id}`));
  await ctx.page.selectOption('#ManagerCustomerId', { label: report.name });
  await submit(ctx, 'button[name="save"]');
  await expectBody(ctx, 'the hierarchy would go round in a circle');
  if (!ctx.page.url().includes('/CommissionStaff/Edit'))
    throw new Error('the refused manager left the editor');
  await ctx.screenshot('staff-cycle-refused');

  rows = await staffRows(ctx);
  if (rows.find(r => r.Email === manager.email)?.ManagerCustomerId !== 0)
    throw new Error('the refused manager was saved');
  if (rows.find(r => r.Email === report.email)?.ManagerCustomerId !== manager.id)
    throw new Error('the report lost their manager');
  console.log(`  ${rows.length} staff; ${report.name} reports to ${manager.name}; the reverse was refused and nothing changed`);
}
