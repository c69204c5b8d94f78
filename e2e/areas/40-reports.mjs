// Reports, the dashboard card and targets: the numbers on the pages are the ledger's (checked against the grid's
// own JSON), a bad target is refused next to its fields, and a good one shows its attainment in the list and chart.
const money = text => Number(String(text).replace(/[^0-9.-]/g, ''));

async function dashboard(ctx) {
  await ctx.page.goto(ctx.url('/Admin'));
  await ctx.page.waitForSelector('#commission-dashboard');
  const month = money(await ctx.page.textContent('#commission-dashboard .commission-month'));
  console.log(`  dashboard: commission this month ${month}`);
  await ctx.page.locator('#commission-dashboard').screenshot({ path: new URL('../../docs/screenshots/dashboard-widget.png', import.meta.url).pathname });
  console.log('  screenshot docs/screenshots/dashboard-widget.png');
  return month;
}

async function reports(ctx, monthCommission) {
  //the page loads the grid once by itself: let that answer arrive before asking for another report
  await Promise.all([
    ctx.page.waitForResponse(r => r.url().includes('/CommissionReport/List') && r.request().method() === 'POST'),
    ctx.page.goto(ctx.url('/Admin/CommissionReport/Index')),
  ]);
  await ctx.page.selectOption('#GroupingId', '5');
  const monthly = ctx.page.waitForResponse(r => r.url().includes('/CommissionReport/List') && r.request().method() === 'POST');
  await ctx.page.click('#search-report');
  const rows = (await (await monthly).json()).Data;
  const now = new Date();
  const thisMonth = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const row = rows.find(r => r.Name === thisMonth);
  if (!row || Math.abs(row.Commission - monthCommission) > 0.005)
    throw new Error(`month report ${thisMonth} = ${row?.Commission}, dashboard says ${monthCommission}`);
  console.log(`  month report ${thisMonth}: ${row.Commission} = dashboard`);

  await ctx.page.selectOption('#GroupingId', '0');
  const byRep = ctx.page.waitForResponse(r => r.url().includes('/CommissionReport/List') && r.request().method() === 'POST');
  await ctx.page.click('#search-report');
  const reps = (await (await byRep).json()).Data;
  const total = reps.reduce((sum, r) => sum + r.Commission, 0);
  if (Math.abs(total - rows.reduce((sum, r) => sum + r.Commission, 0)) > 0.005)
    throw new Error('the rep report and the month report add up to different totals');
  await ctx.page.waitForTimeout(500);
  await ctx.screenshot('reports');
}

async function targets(ctx) {
  await ctx.page.goto(ctx.url('/Admin/CommissionTarget/Create'));
  await ctx.page.fill('#Amount', '-5');
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('button[name="save"]')]);
  await ctx.expectText('Choose either a staff member or a client group, not both.');
  await ctx.expectText('The target amount must be above 0.');
  await ctx.screenshot('targets-validation');

  //a target for the first staff member this month, unless the list has targets already
  await ctx.page.goto(ctx.url('/Admin/CommissionTarget/List'));
  const existing = await ctx.page.waitForResponse(r => r.url().includes('/CommissionTarget/List') && r.request().method() === 'POST');
  if ((await existing.json()).recordsTotal === 0) {
    await ctx.page.goto(ctx.url('/Admin/CommissionTarget/Create'));
    const staff = await ctx.page.$$eval('#StaffCustomerId option', options => options.map(o => o.value).filter(v => v !== '0'));
    const now = new Date();
    await ctx.page.selectOption('#StaffCustomerId', staff[0]);
    await ctx.page.selectOption('#PeriodId', '1');
    await ctx.page.fill('#StartDate', `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-01`);
    await ctx.page.fill('#Amount', '500');
    await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('button[name="save"]')]);
    await ctx.expectText('The target has been saved.');
  }

  await ctx.page.goto(ctx.url('/Admin/CommissionTarget/List'));
  const list = await ctx.page.waitForResponse(r => r.url().includes('/CommissionTarget/List') && r.request().method() === 'POST');
  const rows = (await list.json()).Data;
  for (const row of rows) {
    const expected = Math.round(row.Credited * 1000 / row.Amount) / 10;
    if (Math.abs(expected - row.Percent) > 0.1)
      throw new Error(`target ${row.OwnerName}: ${row.Percent}% shown, ${expected}% from its figures`);
  }
  console.log(`  ${rows.length} targets, attainment consistent`);
  await ctx.page.waitForTimeout(500);
  await ctx.screenshot('targets-list');
}

export async function run(ctx) {
  await ctx.loginAdmin();
  const month = await dashboard(ctx);
  await reports(ctx, month);
  await targets(ctx);
}
