// Money pages, on an order of this run's own client (owned by its rep, a 5% program for that client): the ledger row
// of the paid order is exactly 5% of the net sales the order page states; the program raised to 6% and a
// recalculation of the order previewed (the difference shown) and applied; the order's sellers set to 70/30 in the
// order panel (a 70/20 split refused) and recalculated, so each seller holds exactly 6% of their share; a receipt
// drafted for the rep, approved, paid (an empty payment refused), booked once (a second booking refused), its
// statement adding up; and the expense journal's CSV holding the receipt's amount once.
import {
  money, cents, percentOf, expectBody, expectEqualMoney, submit, asAdmin, gridRows, team, paidOrder, openProgram, postForm, finishJob, day,
} from '../fixtures.mjs';

/** The order's ledger rows, and their sum per beneficiary name. */
async function ledgerOf(ctx, orderId) {
  await ctx.page.goto(ctx.url('/Admin/CommissionEntry/List'));
  const rows = await gridRows(ctx, '/Admin/CommissionEntry/List', { SearchOrderId: String(orderId) });
  const sums = {};
  for (const row of rows)
    sums[row.BeneficiaryName] = (sums[row.BeneficiaryName] ?? 0) + cents(row.Amount);
  return { rows, sums };
}

/** The differences table of a recalculation preview: { beneficiary: { current, recalculated, difference } }. */
async function differences(ctx) {
  const rows = await ctx.page.locator('#recalculation-differences tbody tr').evaluateAll(trs =>
    trs.map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent.trim())));
  return Object.fromEntries(rows.map(([order, beneficiary, program, level, current, recalculated, difference]) =>
    [beneficiary, { order, program, level, current: money(current), recalculated: money(recalculated), difference: money(difference) }]));
}

async function entries(ctx, t, order) {
  const expected = percentOf(order.netSales, 5);
  const { rows } = await ledgerOf(ctx, order.id);
  if (rows.length !== 1 || rows[0].BeneficiaryName !== t.rep.name || rows[0].ProgramName !== t.program.name
    || cents(rows[0].Amount) !== cents(expected) || !rows[0].Explanation.includes(`order #${order.id}`))
    throw new Error(`order ${order.id} (net sales ${order.netSales}) should have one entry of ${expected} for ${t.rep.name}: ` +
      JSON.stringify(rows.map(r => [r.BeneficiaryName, r.ProgramName, r.Amount, r.Explanation])));
  console.log(`  ledger: order ${order.id}, net sales ${order.netSales}, 5% = ${rows[0].Amount}: ${rows[0].Explanation}`);

  //the grid on the page, filtered to the order: every row explains the order it links to
  await ctx.page.fill('#SearchOrderId', String(order.id));
  await ctx.page.click('#search-entries');
  //the grid shows the unfiltered rows until the search answers: wait until every row is the order's
  await ctx.page.waitForFunction(id => {
    const rows = [...document.querySelectorAll('#entries-grid tbody tr')];
    return rows.length > 0 && rows.every(tr => tr.querySelector(`a[href$="/Admin/Order/Edit/${id}"]`));
  }, order.id, { timeout: 30000 });
  const shown = await ctx.page.locator('#entries-grid tbody tr').evaluateAll(trs => trs.map(tr => ({
    order: tr.querySelector('a[href*="/Admin/Order/Edit/"]')?.textContent.replace(/\D/g, ''),
    text: tr.textContent,
  })));
  if (shown.length !== 1 || shown[0].order !== String(order.id) || !shown[0].text.includes(`order #${order.id}`))
    throw new Error(`the entries grid shows ${JSON.stringify(shown)}`);
  await ctx.screenshot('entries-list');
}

async function recalculation(ctx, t, order) {
  //the program goes from 5% to 6% from yesterday on (a new version of its terms: the manager re-rates the orders paid
  //since then, this one included): the stored entry is now short by the difference
  await openProgram(ctx, t.program.name);
  await ctx.page.fill('#Rate', '6');
  await ctx.page.fill('#EffectiveDate', day(-1));
  await submit(ctx, 'button[name="save-continue"]');
  await expectBody(ctx, 'The program has been saved.');

  await ctx.page.goto(ctx.url('/Admin/CommissionEntry/List'));
  await ctx.page.fill('#Recalculation_OrderIds', String(order.id));
  await submit(ctx, '#recalculation-preview');
  await finishJob(ctx);
  await expectBody(ctx, 'Recalculation preview');
  await expectBody(ctx, `Orders: ${order.id}`);
  const before = percentOf(order.netSales, 5);
  const after = percentOf(order.netSales, 6);
  const found = await differences(ctx);
  const row = found[t.rep.name];
  if (Object.keys(found).length !== 1 || !row || cents(row.current) !== cents(before) || cents(row.recalculated) !== cents(after)
    || cents(row.difference) !== cents(after) - cents(before))
    throw new Error(`preview of order ${order.id}: ${JSON.stringify(found)}; expected ${t.rep.name} ${before} -> ${after}`);
  await ctx.screenshot('recalc-preview');
  console.log(`  preview of order ${order.id}: ${t.rep.name} ${before} -> ${after}`);

  await submit(ctx, '#recalculation-apply');
  await finishJob(ctx);
  await expectBody(ctx, 'Recalculation written: 1 changes');
  const { sums } = await ledgerOf(ctx, order.id);
  if (Object.keys(sums).length !== 1 || sums[t.rep.name] !== cents(after))
    throw new Error(`after the recalculation order ${order.id} holds ${JSON.stringify(sums)} (cents); expected ${after}`);
}

async function orderPanel(ctx, t, order) {
  const seller = i => `select[name="CommissionSellers[${i}].StaffCustomerId"]`;
  const split = i => `input[name="CommissionSellers[${i}].Split"]`;
  await ctx.page.goto(ctx.url(`/Admin/Order/Edit/${order.id}`));
  await ctx.page.waitForSelector('#commission-panel');
  await expectBody(ctx, 'Entries of this order');
  if (cents(money(await ctx.page.textContent('#commission-panel-total'))) !== cents(percentOf(order.netSales, 6)))
    throw new Error('the order panel\'s total is not the order\'s ledger total');

  await ctx.page.selectOption(seller(0), { label: t.rep.name });
  await ctx.page.fill(split(0), '70');
  await ctx.page.selectOption(seller(1), { label: t.manager.name });
  await ctx.page.fill(split(1), '20');
  await submit(ctx, '#commission-save-sellers');
  await expectBody(ctx, 'must add up to exactly 100');
  await ctx.page.waitForSelector('#commission-panel');
  if (await ctx.page.inputValue(split(0)) !== '')
    throw new Error('the refused 70/20 split was saved');

  await ctx.page.selectOption(seller(0), { label: t.rep.name });
  await ctx.page.fill(split(0), '70');
  await ctx.page.selectOption(seller(1), { label: t.manager.name });
  await ctx.page.fill(split(1), '30');
  await submit(ctx, '#commission-save-sellers');
  await expectBody(ctx, 'Sellers saved');
  if (await ctx.page.inputValue(split(0)) !== '70' || await ctx.page.inputValue(split(1)) !== '30')
    throw new Error('the saved 70/30 split is not shown on the order panel');
  await ctx.page.locator('#commission-panel').scrollIntoViewIfNeeded();
  await ctx.screenshot('order-panel');

  //the order's recalculation: the rep keeps 6% of 70%, the manager gets 6% of 30%
  await submit(ctx, '#commission-recalculate-order');
  await finishJob(ctx);
  await expectBody(ctx, `Orders: ${order.id}`);
  const rep = percentOf(order.netSales, 6, 70);
  const manager = percentOf(order.netSales, 6, 30);
  const found = await differences(ctx);
  if (cents(found[t.rep.name]?.recalculated) !== cents(rep) || cents(found[t.manager.name]?.recalculated) !== cents(manager))
    throw new Error(`recalculating the 70/30 order: ${JSON.stringify(found)}; expected ${rep} and ${manager}`);
  await submit(ctx, '#recalculation-apply');
  await finishJob(ctx);
  await expectBody(ctx, 'Recalculation written: 2 changes');
  const { sums } = await ledgerOf(ctx, order.id);
  if (sums[t.rep.name] !== cents(rep) || sums[t.manager.name] !== cents(manager))
    throw new Error(`after the 70/30 recalculation order ${order.id} holds ${JSON.stringify(sums)} (cents); expected ${rep} / ${manager}`);
  console.log(`  sellers 70/30: ${t.rep.name} ${rep}, ${t.manager.name} ${manager}`);
  return rep;
}

async function receipts(ctx, t, repTotal) {
  await ctx.page.goto(ctx.url('/Admin/CommissionReceipt/List'));
  const all = { SearchStatusId: '-1', SearchBeneficiary: `Staff:${t.rep.id}` };
  const before = new Set((await gridRows(ctx, '/Admin/CommissionReceipt/List', all)).map(r => r.Id));
  await ctx.page.selectOption('#CreateDrafts_Beneficiary', `Staff:${t.rep.id}`);
  await submit(ctx, '#create-drafts');
  await finishJob(ctx);
  await expectBody(ctx, '1 draft receipts created');
  const created = (await gridRows(ctx, '/Admin/CommissionReceipt/List', all)).filter(r => !before.has(r.Id));
  if (created.length !== 1 || created[0].BeneficiaryName !== t.rep.name || cents(created[0].Total) !== cents(repTotal))
    throw new Error(`drafted for ${t.rep.name}: ${JSON.stringify(created.map(r => [r.Number, r.BeneficiaryName, r.Total]))}; expected one of ${repTotal}`);
  await ctx.page.waitForSelector('#receipts-grid tbody tr td a');
  await ctx.screenshot('receipts-list');

  const id = String(created[0].Id);
  await ctx.page.goto(ctx.url(`/Admin/CommissionReceipt/Details/${id}`));
  expectEqualMoney(money(await ctx.page.textContent('#receipt-total')), repTotal, 'receipt total');
  const lines = await ctx.page.locator('#receipt-entries tbody tr td:last-child').allTextContents();
  if (lines.reduce((sum, text) => sum + cents(money(text)), 0) !== cents(repTotal))
    throw new Error(`the receipt's entries add up to something else than ${repTotal}: ${lines.join(', ')}`);

  await submit(ctx, '#receipt-approve');
  await expectBody(ctx, 'The receipt is approved.');

  await postForm(ctx, '/Admin/CommissionReceipt/Pay', { 'Pay.ReceiptId': id, 'Pay.PaidOn': '', 'Pay.Method': '' });
  await expectBody(ctx, 'Enter the day the receipt was paid.');
  await expectBody(ctx, 'Enter the payment method.');

  await ctx.page.fill('#Pay_Method', 'Bank transfer');
  await ctx.page.fill('#Pay_Reference', `TX-${id}`);
  await submit(ctx, '#receipt-pay');
  await expectBody(ctx, 'The payment is recorded.');

  await ctx.page.fill('#BookExpense_Note', 'e2e');
  await submit(ctx, '#receipt-book');
  await expectBody(ctx, 'booked in the expense journal');
  await postForm(ctx, '/Admin/CommissionReceipt/BookExpense', { 'BookExpense.ReceiptId': id, 'BookExpense.Note': 'twice' });
  await expectBody(ctx, 'already booked as an expense');

  await ctx.page.goto(ctx.url(`/Admin/CommissionReceipt/Statement/${id}`));
  const statementTotal = money(await ctx.page.textContent('#statement-total'));
  const statementLines = await ctx.page.locator('#statement-entries tbody tr td:last-child').allTextContents();
  const sum = statementLines.reduce((a, b) => a + cents(money(b)), 0);
  if (cents(statementTotal) !== cents(repTotal) || sum !== cents(repTotal))
    throw new Error(`statement total ${statementTotal}, lines ${sum / 100}, receipt ${repTotal}`);
  await expectBody(ctx, t.rep.name);
  await ctx.screenshot('receipt-statement');
  return { id, total: repTotal };
}

async function expenses(ctx, receipt) {
  await ctx.page.goto(ctx.url('/Admin/CommissionExpense/List'));
  await ctx.page.waitForSelector('#expenses-grid tbody tr td a');
  await ctx.screenshot('expenses-list');

  const [download] = await Promise.all([ctx.page.waitForEvent('download'), ctx.page.click('#export-csv')]);
  const csv = await (await download.createReadStream()).toArray();
  const rows = Buffer.concat(csv).toString('utf8').trim().split(/\r\n/).slice(1).map(line => line.split(',').map(field => field.replace(/^"|"$/g, '')));
  const booked = rows.filter(row => row[6]?.endsWith(`-${receipt.id}`));
  if (booked.length !== 1 || cents(booked[0][2]) !== cents(receipt.total))
    throw new Error(`CSV has ${booked.length} rows for receipt ${receipt.id}, amount ${booked[0]?.[2]}; expected ${receipt.total}`);
  console.log(`  CSV: ${rows.length} expense rows, receipt ${receipt.id} = ${booked[0][2]}`);
}

export async function run(ctx) {
  await asAdmin(ctx);
  const t = await team(ctx, 'money', { rate: 5 });
  const order = await paidOrder(ctx, t.client);
  await asAdmin(ctx);
  await entries(ctx, t, order);
  await recalculation(ctx, t, order);
  const repTotal = await orderPanel(ctx, t, order);
  const receipt = await receipts(ctx, t, repTotal);
  await expenses(ctx, receipt);
}
