// Reports, the dashboard card and targets, over an order of this run's own client (its rep, a 5% program): the rep
// report's row of this run's rep is exactly 5% of the order's net sales with those net sales as its sales; the
// dashboard's month figure is the month report's; a bad target is refused next to its fields, and a monthly target of
// 100 for the rep shows the order's net sales as credited and the matching attainment in the list.
import { money, cents, percentOf, asAdmin, gridRows, submit, expectBody, team, paidOrder } from '../fixtures.mjs';

async function dashboard(ctx) {
  await ctx.page.goto(ctx.url('/Admin'));
  await ctx.page.waitForSelector('#commission-dashboard');
  const month = money(await ctx.page.textContent('#commission-dashboard .commission-month'));
  console.log(`  dashboard: commission this month ${month}`);
  await ctx.page.locator('#commission-dashboard').screenshot({ path: new URL('../../docs/screenshots/dashboard-widget.png', import.meta.url).pathname });
  console.log('  screenshot docs/screenshots/dashboard-widget.png');
  return month;
}

async function report(ctx, grouping) {
  await ctx.page.selectOption('#GroupingId', grouping);
  const answer = ctx.page.waitForResponse(r => r.url().includes('/CommissionReport/List') && r.request().method() === 'POST');
  await ctx.page.click('#search-report');
  return (await (await answer).json()).Data;
}

async function reports(ctx, t, order, monthCommission) {
  //the page loads the grid once by itself: let that answer arrive before asking for another report
  await Promise.all([
    ctx.page.waitForResponse(r => r.url().includes('/CommissionReport/List') && r.request().method() === 'POST'),
    ctx.page.goto(ctx.url('/Admin/CommissionReport/Index')),
  ]);
  const months = await report(ctx, '5');
  const now = new Date();
  const thisMonth = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const month = months.find(r => r.Name === thisMonth);
  if (!month || cents(month.Commission) !== cents(monthCommission))
    throw new Error(`month report ${thisMonth} = ${month?.Commission}, dashboard says ${monthCommission}`);
  console.log(`  month report ${thisMonth}: ${month.Commission} = dashboard`);

  const reps = await report(ctx, '0');
  const expected = percentOf(order.netSales, 5);
  const ours = reps.filter(r => r.Name === t.rep.name);
  if (ours.length !== 1 || cents(ours[0].Commission) !== cents(expected) || cents(ours[0].Sales) !== cents(order.netSales) || ours[0].Entries !== 1)
    throw new Error(`rep report for ${t.rep.name}: ${JSON.stringify(ours)}; expected commission ${expected} on sales ${order.netSales} in 1 entry`);
  const repsTotal = reps.reduce((sum, r) => sum + cents(r.Commission), 0);
  const monthsTotal = months.reduce((sum, r) => sum + cents(r.Commission), 0);
  if (repsTotal !== monthsTotal)
    throw new Error(`the rep report (${repsTotal / 100}) and the month report (${monthsTotal / 100}) add up to different totals`);
  console.log(`  rep report: ${t.rep.name} ${ours[0].Commission} on sales ${ours[0].Sales}`);
  await ctx.page.waitForTimeout(500);
  await ctx.screenshot('reports');
}

async function targets(ctx, t, order) {
  await ctx.page.goto(ctx.url('/Admin/CommissionTarget/Create'));
  await ctx.page.fill('#Amount', '-5');
  await submit(ctx, 'button[name="save"]');
  await expectBody(ctx, 'Choose either a staff member or a client group, not both.');
  await expectBody(ctx, 'The target amount must be above 0.');
  await ctx.screenshot('targets-validation');

  //a monthly target of 100 for this run's rep
  await ctx.page.goto(ctx.url('/Admin/CommissionTarget/Create'));
  const now = new Date();
  await ctx.page.selectOption('#StaffCustomerId', { label: t.rep.name });
  await ctx.page.selectOption('#PeriodId', '1');
  await ctx.page.fill('#StartDate', `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-01`);
  await ctx.page.fill('#Amount', '100');
  await submit(ctx, 'button[name="save"]');
  await expectBody(ctx, 'The target has been saved.');

  await ctx.page.goto(ctx.url('/Admin/CommissionTarget/List'));
  const rows = await gridRows(ctx, '/Admin/CommissionTarget/List');
  for (const row of rows) {
    const expected = Math.round(row.Credited * 1000 / row.Amount) / 10;
    if (Math.abs(expected - row.Percent) > 0.1)
      throw new Error(`target ${row.OwnerName}: ${row.Percent}% shown, ${expected}% from its figures`);
  }
  const ours = rows.filter(r => r.OwnerName === t.rep.name);
  //of a target of 100 the net sales are that many percent, shown to one decimal
  if (ours.length !== 1 || cents(ours[0].Credited) !== cents(order.netSales) || Math.abs(ours[0].Percent - order.netSales) > 0.05)
    throw new Error(`target of ${t.rep.name}: ${JSON.stringify(ours)}; expected ${order.netSales} credited, ${order.netSales}%`);
  console.log(`  ${rows.length} targets, attainment consistent; ${t.rep.name}: ${ours[0].Credited} of 100 = ${ours[0].Percent}%`);
  await ctx.page.waitForSelector('#targets-grid tbody tr td');
  await ctx.page.waitForTimeout(500);
  await ctx.screenshot('targets-list');
}

export async function run(ctx) {
  await asAdmin(ctx);
  const t = await team(ctx, 'reports', { rate: 5 });
  const order = await paidOrder(ctx, t.client);
  await asAdmin(ctx);
  const month = await dashboard(ctx);
  await reports(ctx, t, order, month);
  await targets(ctx, t, order);
}
