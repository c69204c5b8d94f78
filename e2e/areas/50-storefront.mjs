// The sales reps' side of the storefront, for this run's own team (a manager, a rep reporting to them, the rep's
// client, a 5% program for that client): "My commissions" for the rep and the manager, the rep widget, the receipt
// statement, and who gets "page not found" or the login page. The client orders on the storefront, the admin marks
// the order paid, and the rep's pending commission this month is then exactly 5% of the order's net sales; once a
// receipt of it is approved, that amount is approved instead and the rep's statement shows it.
import {
  money, cents, percentOf, expectBody, submit, asAdmin, as, logout, gridRows, team, placeOrder, markPaid, orderNetSales, finishJob,
} from '../fixtures.mjs';

/** Reads this month's figures from "My commissions". */
async function thisMonth(ctx) {
  await ctx.page.goto(ctx.url('/customer/commissions'));
  const figure = async name => money(await ctx.page.textContent(`.commission-this-month [data-figure="${name}"]`));
  return { pending: await figure('pending'), approved: await figure('approved'), paid: await figure('paid') };
}

export async function run(ctx) {
  const page = ctx.page;

  // a guest is sent to log in
  await page.goto(ctx.url('/customer/commissions'));
  if (!page.url().includes('/login'))
    throw new Error(`guest was not sent to login: ${page.url()}`);

  await asAdmin(ctx);
  const t = await team(ctx, 'storefront', { rate: 5 });

  // the new rep has earned nothing yet
  await as(ctx, t.rep);
  const before = await thisMonth(ctx);
  if (cents(before.pending) !== 0 || cents(before.approved) !== 0)
    throw new Error(`a new rep shows ${JSON.stringify(before)} this month`);

  // a client who is not staff sees no menu item and gets "page not found"; then orders
  await as(ctx, t.client);
  await page.goto(ctx.url('/customer/info'));
  if (await page.locator('.customer-commissions').count() > 0)
    throw new Error('a client sees the "My commissions" menu item');
  const clientResponse = await page.goto(ctx.url('/customer/commissions'));
  if (clientResponse.status() !== 404)
    throw new Error(`a client got ${clientResponse.status()} instead of 404`);
  const orderId = await placeOrder(ctx, t.client);
  console.log(`  order ${orderId} placed`);

  // the admin marks it as paid; its net sales are read off its page
  await markPaid(ctx, orderId);
  const netSales = await orderNetSales(ctx, orderId);
  const expected = percentOf(netSales, 5);

  // the rep sees exactly the order's 5% pending, the menu item, the entry and the widget
  await as(ctx, t.rep);
  const after = await thisMonth(ctx);
  if (cents(after.pending) !== cents(expected))
    throw new Error(`pending this month ${after.pending}; 5% of the order's net sales ${netSales} is ${expected}`);
  console.log(`  rep pending this month ${before.pending} -> ${after.pending} (5% of ${netSales})`);
  await expectBody(ctx, 'My commissions');
  const entry = page.locator('.commission-entry-table tbody tr', { hasText: String(orderId) });
  if (await entry.count() !== 1 || cents(money(await entry.locator('td.commission-amount').textContent())) !== cents(expected))
    throw new Error(`order ${orderId} is not among the rep's entries with ${expected}`);
  await ctx.screenshot('my-commissions');

  await page.goto(ctx.url('/'));
  await page.waitForSelector('.rep-commission-widget');
  if (cents(money(await page.textContent('.rep-commission-widget [data-figure="pending"]'))) !== cents(expected))
    throw new Error('the home-page widget does not show the month\'s pending commission');
  await ctx.screenshot('rep-widget-home');

  // a rep asking for their manager's figures gets "page not found"
  const upResponse = await page.goto(ctx.url(`/customer/commissions?staffCustomerId=${t.manager.id}`));
  if (upResponse.status() !== 404)
    throw new Error(`a rep got ${upResponse.status()} for their manager's figures`);

  // the manager sees the team with the rep's figures and may open the rep's entries
  await as(ctx, t.manager);
  await page.goto(ctx.url('/customer/commissions'));
  await expectBody(ctx, 'My team');
  const row = page.locator('.commission-team tbody tr', { hasText: t.rep.name });
  if (await row.count() !== 1 || cents(money(await row.locator('td').nth(1).textContent())) !== cents(expected))
    throw new Error('the team table does not show the rep\'s pending commission this month');
  await ctx.screenshot('my-commissions-team');
  await Promise.all([page.waitForNavigation(), row.locator('a').click()]);
  await expectBody(ctx, t.rep.name);
  if (await page.locator('.commission-entry-table td', { hasText: String(orderId) }).count() === 0)
    throw new Error('the manager does not see the rep\'s entry of the new order');

  // the admin drafts and approves the rep's receipt
  await asAdmin(ctx);
  await page.goto(ctx.url('/Admin/CommissionReceipt/List'));
  const filter = { SearchStatusId: '-1', SearchBeneficiary: `Staff:${t.rep.id}` };
  await page.selectOption('#CreateDrafts_Beneficiary', `Staff:${t.rep.id}`);
  await submit(ctx, '#create-drafts');
  await finishJob(ctx);
  await expectBody(ctx, '1 draft receipts created');
  const receipts = await gridRows(ctx, '/Admin/CommissionReceipt/List', filter);
  if (receipts.length !== 1 || cents(receipts[0].Total) !== cents(expected))
    throw new Error(`receipts of ${t.rep.name}: ${JSON.stringify(receipts.map(r => [r.Number, r.Total]))}`);
  await page.goto(ctx.url(`/Admin/CommissionReceipt/Details/${receipts[0].Id}`));
  await submit(ctx, '#receipt-approve');
  await expectBody(ctx, 'The receipt is approved.');

  // the rep's figures move from pending to approved, and the statement shows the receipt
  await as(ctx, t.rep);
  const approved = await thisMonth(ctx);
  if (cents(approved.pending) !== 0 || cents(approved.approved) !== cents(expected))
    throw new Error(`after approval the rep shows ${JSON.stringify(approved)}; expected ${expected} approved`);
  const statement = page.locator('a.commission-statement-link');
  if (await statement.count() !== 1)
    throw new Error(`the rep sees ${await statement.count()} receipts, expected 1`);
  await Promise.all([page.waitForNavigation(), statement.click()]);
  await expectBody(ctx, `Commission statement ${receipts[0].Number}`);
  await expectBody(ctx, t.rep.name);
  if (cents(money(await page.textContent('.commission-statement-total [data-figure="total"]'))) !== cents(expected))
    throw new Error('the rep\'s statement total is not the receipt\'s');
  await ctx.screenshot('receipt-statement-rep');
  await logout(ctx);
}
