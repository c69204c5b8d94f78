// The leaderboard, for this run's own two teams: team A (a manager, two reps, each rep with a client and a 5% program)
// and team B (a manager, a rep, a client); rep A has a target of this month of twice their order. Their clients order and the admin marks the orders paid; the admin's
// Reports › Leaderboard ranks the reps by commission and shows the teams, and refuses a period it does not know next to
// the field. With "Leaderboard shown to reps" set to "Within their team", rep A sees their own team ranked (the rep with
// the larger order first) and nobody of team B; with the setting off they see no leaderboard at all. The setting is
// put back to off at the end, so the other areas' pages look as before.
import {
  money, cents, percentOf, expectBody, submit, asAdmin, as, team, paidOrder, createCustomer, saveStaff, assignClient,
  createPercentProgram, runId,
} from '../fixtures.mjs';

/** Saves the leaderboard setting on the plugin's settings page (0 off, 1 within their team, 2 everyone). */
async function showLeaderboard(ctx, value) {
  await asAdmin(ctx);
  await ctx.page.goto(ctx.url('/Admin/CommissionSettings/Configure'));
  await ctx.page.selectOption('#LeaderboardVisibilityId', String(value));
  await submit(ctx, 'button[name="save"]');
  await expectBody(ctx, 'The settings have been updated successfully.');
}

/** The cells of a table row that names someone, as text. */
async function rowOf(ctx, tableSelector, name) {
  const row = ctx.page.locator(`${tableSelector} tbody tr`, { hasText: name });
  if (await row.count() !== 1)
    throw new Error(`${name} is not once in ${tableSelector}`);
  return row.locator('td').allTextContents();
}

export async function run(ctx) {
  const page = ctx.page;

  await asAdmin(ctx);
  const a = await team(ctx, 'board-a', { rate: 5 });
  const b = await team(ctx, 'board-b', { rate: 5 });
  const second = await createCustomer(ctx, { tag: 'board-a-second', firstName: 'Second', lastName: `board-a ${runId}`, staff: true });
  const secondClient = await createCustomer(ctx, { tag: 'board-a-client2', firstName: 'Client2', lastName: `board-a ${runId}` });
  await saveStaff(ctx, second, a.manager);
  await assignClient(ctx, secondClient, [{ staff: second, split: 100 }]);
  await createPercentProgram(ctx, { name: `E2E board-a2 ${runId}`, rate: 5, clients: [secondClient] });

  const bigger = await paidOrder(ctx, a.client, 3);
  const smaller = await paidOrder(ctx, secondClient, 1);
  const other = await paidOrder(ctx, b.client, 1);
  console.log(`  orders ${bigger.id} (${bigger.netSales}), ${smaller.id} (${smaller.netSales}), ${other.id} (${other.netSales}) paid`);

  // rep A's target of this month: twice their order, so 50% attained
  await asAdmin(ctx);
  await page.goto(ctx.url('/Admin/CommissionTarget/Create'));
  const now = new Date();
  await page.selectOption('#StaffCustomerId', { label: a.rep.name });
  await page.selectOption('#PeriodId', '1');
  await page.fill('#StartDate', `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}-01`);
  await page.fill('#Amount', String(bigger.netSales * 2));
  await submit(ctx, 'button[name="save"]');
  await expectBody(ctx, 'The target has been saved.');

  // the admin's leaderboard: every rep this month with their commission, credited sales and one order; both teams
  await asAdmin(ctx);
  await page.goto(ctx.url('/Admin/CommissionLeaderboard/Index?PeriodId=1'));
  const repA = await rowOf(ctx, '#leaderboard-reps', a.rep.name);
  if (cents(money(repA[2])) !== cents(percentOf(bigger.netSales, 5)) || cents(money(repA[3])) !== cents(bigger.netSales)
      || repA[4].trim() !== '1' || repA[6].trim() !== '50%')
    throw new Error(`rep A's line ${JSON.stringify(repA)}; expected 5% of ${bigger.netSales}, that in credited sales, 1 order, 50% of target`);
  await rowOf(ctx, '#leaderboard-reps', b.rep.name);
  const teamA = await rowOf(ctx, '#leaderboard-teams', a.manager.name);
  if (cents(money(teamA[3])) !== cents(bigger.netSales + smaller.netSales) || teamA[4].trim() !== '2')
    throw new Error(`team A's line ${JSON.stringify(teamA)}; expected ${bigger.netSales + smaller.netSales} from 2 orders`);
  await rowOf(ctx, '#leaderboard-teams', b.manager.name);
  await ctx.screenshot('leaderboard-admin');

  // a period that is not this month, quarter or year is refused next to the field, and no figures are shown
  await page.goto(ctx.url('/Admin/CommissionLeaderboard/Index?PeriodId=9'));
  await expectBody(ctx, 'Choose this month, this quarter or this year.');
  if (await page.locator('#leaderboard-reps').count() !== 0)
    throw new Error('a refused period still shows the leaderboard');

  // off (the default): rep A sees their own key figures but no leaderboard
  await showLeaderboard(ctx, 0);
  await as(ctx, a.rep);
  await page.goto(ctx.url('/customer/commissions'));
  await expectBody(ctx, 'My key figures');
  if (await page.locator('.commission-leaderboard').count() !== 0)
    throw new Error('the leaderboard shows while it is off');

  // within their team: rep A sees team A ranked, the larger order first, and nobody of team B
  await showLeaderboard(ctx, 1);
  await as(ctx, a.rep);
  await page.goto(ctx.url('/customer/commissions'));
  const board = '.commission-leaderboard-board[data-period="1"]';
  const names = (await page.locator(`${board} tbody tr td:nth-child(2)`).allTextContents()).map(name => name.trim());
  if (JSON.stringify(names) !== JSON.stringify([a.rep.name, second.name, a.manager.name]))
    throw new Error(`rep A's team board lists ${JSON.stringify(names)}`);
  const body = await page.textContent('.commission-leaderboard');
  if (body.includes(b.rep.name) || body.includes(b.manager.name))
    throw new Error('rep A sees a member of team B on the leaderboard');
  const own = await rowOf(ctx, board, a.rep.name);
  if (own[0].trim() !== '1' || cents(money(own[2])) !== cents(percentOf(bigger.netSales, 5)))
    throw new Error(`rep A's own line ${JSON.stringify(own)}`);
  await page.locator('.commission-performance').scrollIntoViewIfNeeded();
  await ctx.screenshot('leaderboard-rep');

  await showLeaderboard(ctx, 0);
}
