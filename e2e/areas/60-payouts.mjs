// Payouts beyond the receipt cycle, on this run's own team (a manager, a rep, the rep's client, a 5% program): the
// program's hold period (400 days refused next to the field, 14 saved), the paid order's entry "on hold until" in the
// ledger and on "My commissions", a receipt drafted inside the hold leaving it out and, once the hold is over (the
// program's hold set back to 0), taking it; the rep questioning the entry (an empty question refused), the office
// seeing the dashboard badge, answering, a 0.00 adjustment refused, resolving by an adjustment naming the dispute, the
// rep reading the answer and the manager getting "page not found" for the rep's dispute; the period close page
// refusing a month not in its list and the current month next to the field; and the payroll export of the paid
// receipt (an empty form refused) as CSV with the rep's e-mail and the receipt's amount.
import {
  money, cents, percentOf, expectBody, submit, asAdmin, as, gridRows, team, paidOrder, openProgram, postForm, finishJob,
} from '../fixtures.mjs';

async function setHold(ctx, t, days) {
  await openProgram(ctx, t.program.name);
  await ctx.page.fill('#HoldDays', String(days));
  await submit(ctx, 'button[name="save-continue"]');
}

async function holdPeriod(ctx, t) {
  await setHold(ctx, t, 400);
  await expectBody(ctx, 'The hold period is a whole number of days from 0 to 365.');
  await openProgram(ctx, t.program.name);
  if (await ctx.page.inputValue('#HoldDays') !== '')
    throw new Error('the refused hold of 400 days was saved');
  await setHold(ctx, t, 14);
  await expectBody(ctx, 'The program has been saved.');
  await ctx.page.locator('#program-hold').scrollIntoViewIfNeeded();
}

async function ledgerShowsHold(ctx, order) {
  await ctx.page.goto(ctx.url('/Admin/CommissionEntry/List'));
  const rows = await gridRows(ctx, '/Admin/CommissionEntry/List', { SearchOrderId: String(order.id) });
  if (rows.length !== 1 || !rows[0].Status.startsWith('On hold until'))
    throw new Error(`order ${order.id}'s entry should be on hold: ${JSON.stringify(rows.map(r => r.Status))}`);
  await ctx.page.fill('#SearchOrderId', String(order.id));
  await ctx.page.click('#search-entries');
  await ctx.page.waitForFunction(() => document.querySelector('#entries-grid tbody')?.textContent.includes('On hold until'), null, { timeout: 30000 });
  await ctx.screenshot('entries-on-hold');
  console.log(`  ledger: order ${order.id} ${rows[0].Status}`);
}

async function draftFor(ctx, t) {
  await ctx.page.goto(ctx.url('/Admin/CommissionReceipt/List'));
  await ctx.page.selectOption('#CreateDrafts_Beneficiary', `Staff:${t.rep.id}`);
  await submit(ctx, '#create-drafts');
  await finishJob(ctx);
}

async function receiptAfterHold(ctx, t, expected) {
  await draftFor(ctx, t);
  await expectBody(ctx, '0 draft receipts created');
  console.log('  a receipt drafted inside the hold leaves the entry out');

  await setHold(ctx, t, 0);
  await expectBody(ctx, 'The program has been saved.');
  await draftFor(ctx, t);
  await expectBody(ctx, '1 draft receipts created');
  const drafted = await gridRows(ctx, '/Admin/CommissionReceipt/List', { SearchStatusId: '-1', SearchBeneficiary: `Staff:${t.rep.id}` });
  if (drafted.length !== 1 || cents(drafted[0].Total) !== cents(expected))
    throw new Error(`after the hold the rep's receipt should hold ${expected}: ${JSON.stringify(drafted.map(r => r.Total))}`);
  console.log(`  once the hold is over the receipt takes it: ${drafted[0].Number} ${drafted[0].Total}`);

  const id = String(drafted[0].Id);
  await ctx.page.goto(ctx.url(`/Admin/CommissionReceipt/Details/${id}`));
  await submit(ctx, '#receipt-approve');
  await ctx.page.fill('#Pay_Method', 'Bank transfer');
  await ctx.page.fill('#Pay_Reference', `PAYROLL-${id}`);
  await submit(ctx, '#receipt-pay');
  await expectBody(ctx, 'The payment is recorded.');
  return { id, number: drafted[0].Number, total: drafted[0].Total };
}

async function repQuestionsEntry(ctx, t, order) {
  await as(ctx, t.rep);
  await ctx.page.goto(ctx.url('/customer/commissions'));
  const row = ctx.page.locator('.commission-entry-table tbody tr', { hasText: String(order.id) });
  if (!(await row.textContent()).includes('On hold until'))
    throw new Error('"My commissions" does not show the entry on hold');
  await ctx.screenshot('my-commissions-on-hold');

  await submit(ctx, `.commission-entry-table tbody tr:has-text("${order.id}") a.dispute-entry-link`);
  await submit(ctx, '#open-dispute');
  await expectBody(ctx, 'Write a message.');
  await ctx.page.fill('#Comment', 'The program page says the rate is 6%, this entry pays 5%.');
  await submit(ctx, '#open-dispute');
  const disputeUrl = ctx.page.url();
  const id = Number(disputeUrl.match(/\/dispute\/(\d+)/)?.[1]);
  if (!id)
    throw new Error(`the dispute was not opened: ${disputeUrl}`);
  await expectBody(ctx, `Dispute D-${id}`);
  await expectBody(ctx, 'Open');
  console.log(`  rep opened dispute D-${id}`);
  return { id, url: disputeUrl };
}

async function officeResolves(ctx, dispute) {
  await asAdmin(ctx);
  await ctx.page.goto(ctx.url('/Admin'));
  await ctx.page.waitForSelector('.commission-open-disputes');
  const badge = await ctx.page.textContent('.commission-open-disputes');
  if (!(money(badge) >= 1))
    throw new Error(`the dashboard badge shows "${badge}"`);

  await ctx.page.goto(ctx.url('/Admin/CommissionDispute/List'));
  const open = await gridRows(ctx, '/Admin/CommissionDispute/List', { SearchStatusId: '0', SearchStaffCustomerId: '0' });
  if (!open.some(row => row.Id === dispute.id))
    throw new Error(`D-${dispute.id} is not among the open disputes`);
  await ctx.page.waitForSelector('#disputes-grid tbody tr td a');
  await ctx.screenshot('disputes-list');

  await ctx.page.goto(ctx.url(`/Admin/CommissionDispute/Details/${dispute.id}`));
  await submit(ctx, '#dispute-reply');
  await expectBody(ctx, 'Write a message.');
  await ctx.page.fill('#Reply_Text', 'Checking the program history.');
  await submit(ctx, '#dispute-reply');
  await expectBody(ctx, 'The answer has been sent.');

  await ctx.page.fill('#Resolve_Amount', '0');
  await ctx.page.fill('#Resolve_Note', 'nothing');
  await submit(ctx, '#dispute-resolve');
  await expectBody(ctx, 'An adjustment of 0.00 changes nothing');
  await ctx.page.fill('#Resolve_Amount', '1.50');
  await ctx.page.fill('#Resolve_Note', 'The 6% applied from this month: 1.50 added.');
  await submit(ctx, '#dispute-resolve');
  await expectBody(ctx, 'The dispute is resolved and the adjustment posted.');
  await expectBody(ctx, `Adjustment for dispute D-${dispute.id}`);
  await ctx.screenshot('dispute-admin');
}

async function repReadsAnswer(ctx, t, dispute) {
  await as(ctx, t.rep);
  await ctx.page.goto(dispute.url);
  await expectBody(ctx, 'Resolved');
  await expectBody(ctx, 'Checking the program history.');
  await expectBody(ctx, `Adjustment for dispute D-${dispute.id}`);
  await ctx.screenshot('dispute-rep-answer');

  await as(ctx, t.manager);
  const response = await ctx.page.goto(dispute.url);
  if (response.status() !== 404)
    throw new Error(`the rep's manager got ${response.status()} for the rep's dispute instead of 404`);
  console.log(`  the rep reads the outcome; their manager gets 404 for D-${dispute.id}`);
}

async function periodClose(ctx) {
  await asAdmin(ctx);
  await ctx.page.goto(ctx.url('/Admin/CommissionPeriod/List'));
  await postForm(ctx, '/Admin/CommissionPeriod/Close', { Month: 'November' });
  await expectBody(ctx, 'Choose a month from the list');
  const now = new Date();
  const current = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  await postForm(ctx, '/Admin/CommissionPeriod/Close', { Month: current });
  await expectBody(ctx, 'This month has not ended yet');
  await ctx.screenshot('period-close');
  console.log(`  closing "November" and ${current} refused next to the field`);
}

async function payroll(ctx, t, receipt) {
  await asAdmin(ctx);
  await ctx.page.goto(ctx.url('/Admin/CommissionPayroll/Index'));
  await submit(ctx, '#export-payroll-csv');
  await expectBody(ctx, 'Give a paid date range or receipt numbers.');
  await ctx.page.fill('#ReceiptNumbers', `${receipt.number}, R-000000-0`);
  await submit(ctx, '#export-payroll-csv');
  await expectBody(ctx, 'These numbers name no paid receipt: R-000000-0');
  await ctx.page.fill('#ReceiptNumbers', receipt.number);
  await ctx.screenshot('payroll-export');

  const [download] = await Promise.all([ctx.page.waitForEvent('download'), ctx.page.click('#export-payroll-csv')]);
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  const header = csv[0];
  const line = csv.slice(1).map(text => text.split(','));
  if (header !== 'Beneficiary,Email,Receipt,Period,Amount,Currency,PaidOn,PaymentReference' || line.length !== 1
    || line[0][1] !== t.rep.email || line[0][2] !== receipt.number || cents(line[0][4]) !== cents(receipt.total))
    throw new Error(`payroll CSV: ${JSON.stringify(csv)}`);
  console.log(`  payroll CSV: ${csv[1]}`);

  const [xlsx] = await Promise.all([ctx.page.waitForEvent('download'), ctx.page.click('#export-payroll-xlsx')]);
  if (!xlsx.suggestedFilename().endsWith('.xlsx'))
    throw new Error(`the Excel export is named ${xlsx.suggestedFilename()}`);
}

export async function run(ctx) {
  await asAdmin(ctx);
  const t = await team(ctx, 'payouts', { rate: 5 });
  await holdPeriod(ctx, t);
  const order = await paidOrder(ctx, t.client);
  const expected = percentOf(order.netSales, 5);
  await asAdmin(ctx);
  await ledgerShowsHold(ctx, order);
  const dispute = await repQuestionsEntry(ctx, t, order);
  await asAdmin(ctx);
  const receipt = await receiptAfterHold(ctx, t, expected);
  await officeResolves(ctx, dispute);
  await repReadsAnswer(ctx, t, dispute);
  await periodClose(ctx);
  await payroll(ctx, t, receipt);
}
