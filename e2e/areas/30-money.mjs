// Money pages: the ledger with its explanations, a recalculation preview and apply, an order's sellers in the order
// panel, receipts drafted, approved, paid and booked once, the printable statement, and the expense journal's CSV.
const money = text => Number(String(text).replace(/[^0-9.-]/g, ''));

async function notification(ctx) {
  return (await ctx.page.textContent('body')).replace(/\s+/g, ' ');
}

async function expectNotice(ctx, text) {
  const body = await notification(ctx);
  if (!body.includes(text))
    throw new Error(`expected notification "${text}" on ${ctx.page.url()}`);
}

/** Posts a plugin form the way its button would, with the page's anti-forgery token. */
async function postForm(ctx, action, fields) {
  await Promise.all([
    ctx.page.waitForNavigation(),
    ctx.page.evaluate(({ action, fields }) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = action;
      const token = document.querySelector('input[name="__RequestVerificationToken"]').value;
      for (const [name, value] of Object.entries({ ...fields, __RequestVerificationToken: token })) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.appendChild(input);
      }
      document.body.appendChild(form);
      form.submit();
    }, { action, fields }),
  ]);
}

async function entries(ctx) {
  await ctx.page.goto(ctx.url('/Admin/CommissionEntry/List'));
  await ctx.page.waitForSelector('#entries-grid tbody tr td a[href*="/Admin/Order/Edit/"]');
  //every row's explanation names the order the row links to
  const rows = await ctx.page.locator('#entries-grid tbody tr').evaluateAll(trs => trs.map(tr => ({
    order: tr.querySelector('a[href*="/Admin/Order/Edit/"]')?.textContent.replace(/\D/g, ''),
    text: tr.textContent,
  })));
  const unexplained = rows.filter(row => !row.order || !row.text.includes(`order #${row.order}`));
  if (rows.length === 0 || unexplained.length > 0)
    throw new Error(`${unexplained.length} of ${rows.length} ledger rows do not explain their own order`);
  console.log(`  ledger: ${rows.length} rows on the first page, each explaining its order`);
  await ctx.screenshot('entries-list');

  await ctx.page.fill('#Recalculation_FromDate', '2026-11-01');
  await ctx.page.fill('#Recalculation_ToDate', '2026-11-30');
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('#recalculation-preview')]);
  await ctx.expectText('Recalculation preview');
  await ctx.screenshot('recalc-preview');
  const differences = await ctx.page.locator('#recalculation-differences tbody tr').count();
  console.log(`  preview for 2026-11: ${differences} differences`);
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('#recalculation-apply')]);
  await expectNotice(ctx, `Recalculation written: ${differences} changes`);
}

async function orderPanel(ctx) {
  await ctx.page.goto(ctx.url('/Admin/Order/Edit/11'));
  await ctx.page.waitForSelector('#commission-panel');
  await ctx.expectText('Entries of this order');

  const staff = 'select[name="CommissionSellers[0].StaffCustomerId"]';
  await ctx.page.selectOption(staff, '5');
  await ctx.page.fill('input[name="CommissionSellers[0].Split"]', '70');
  await ctx.page.selectOption('select[name="CommissionSellers[1].StaffCustomerId"]', '6');
  await ctx.page.fill('input[name="CommissionSellers[1].Split"]', '20');
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('#commission-save-sellers')]);
  await expectNotice(ctx, 'must add up to exactly 100');

  await ctx.page.waitForSelector('#commission-panel');
  await ctx.page.selectOption(staff, '5');
  await ctx.page.fill('input[name="CommissionSellers[0].Split"]', '70');
  await ctx.page.selectOption('select[name="CommissionSellers[1].StaffCustomerId"]', '6');
  await ctx.page.fill('input[name="CommissionSellers[1].Split"]', '30');
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('#commission-save-sellers')]);
  await expectNotice(ctx, 'Sellers saved');
  if (await ctx.page.inputValue('input[name="CommissionSellers[1].Split"]') !== '30')
    throw new Error('the saved 70/30 split is not shown on the order panel');
  await ctx.page.locator('#commission-panel').scrollIntoViewIfNeeded();
  await ctx.screenshot('order-panel');

  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('#commission-recalculate-order')]);
  await ctx.expectText('Orders: 11');
}

async function receipts(ctx) {
  await ctx.page.goto(ctx.url('/Admin/CommissionReceipt/List'));
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('#create-drafts')]);
  await expectNotice(ctx, 'draft receipts created');
  await ctx.page.waitForSelector('#receipts-grid tbody tr td a');
  await ctx.screenshot('receipts-list');

  const draftRow = ctx.page.locator('#receipts-grid tbody tr', { hasText: 'Draft' }).first();
  if (await draftRow.count() === 0)
    throw new Error('no draft receipt: the store has no pending entries left to draft');
  await Promise.all([ctx.page.waitForNavigation(), draftRow.locator('a').first().click()]);
  const receiptUrl = ctx.page.url();
  const id = receiptUrl.split('/').pop();
  const total = money(await ctx.page.textContent('#receipt-total'));

  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('#receipt-approve')]);
  await expectNotice(ctx, 'The receipt is approved.');

  await postForm(ctx, '/Admin/CommissionReceipt/Pay', { 'Pay.ReceiptId': id, 'Pay.PaidOn': '', 'Pay.Method': '' });
  await expectNotice(ctx, 'Enter the day the receipt was paid.');
  await expectNotice(ctx, 'Enter the payment method.');

  await ctx.page.fill('#Pay_Method', 'Bank transfer');
  await ctx.page.fill('#Pay_Reference', `TX-${id}`);
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('#receipt-pay')]);
  await expectNotice(ctx, 'The payment is recorded.');

  await ctx.page.fill('#BookExpense_Note', 'e2e');
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('#receipt-book')]);
  await expectNotice(ctx, 'booked in the expense journal');
  await postForm(ctx, '/Admin/CommissionReceipt/BookExpense', { 'BookExpense.ReceiptId': id, 'BookExpense.Note': 'twice' });
  await expectNotice(ctx, 'already booked as an expense');

  await ctx.page.goto(ctx.url(`/Admin/CommissionReceipt/Statement/${id}`));
  const statementTotal = money(await ctx.page.textContent('#statement-total'));
  const lines = await ctx.page.locator('#statement-entries tbody tr td:last-child').allTextContents();
  const sum = lines.reduce((a, b) => a + money(b), 0);
  if (statementTotal !== total || Math.abs(sum - total) > 0.001)
    throw new Error(`statement total ${statementTotal}, lines ${sum}, receipt ${total}`);
  await ctx.screenshot('receipt-statement');
  return { id, total };
}

async function expenses(ctx, receipt) {
  await ctx.page.goto(ctx.url('/Admin/CommissionExpense/List'));
  await ctx.page.waitForSelector('#expenses-grid tbody tr td a');
  await ctx.screenshot('expenses-list');

  const [download] = await Promise.all([ctx.page.waitForEvent('download'), ctx.page.click('#export-csv')]);
  const csv = await (await download.createReadStream()).toArray();
  const rows = Buffer.concat(csv).toString('utf8').trim().split(/\r\n/).slice(1).map(line => line.split(','));
  const booked = rows.filter(row => row[6]?.endsWith(`-${receipt.id}`));
  if (booked.length !== 1 || Number(booked[0][2]) !== receipt.total)
    throw new Error(`CSV has ${booked.length} rows for receipt ${receipt.id}, amount ${booked[0]?.[2]}; expected ${receipt.total}`);
  console.log(`  CSV: ${rows.length} expense rows, receipt ${receipt.id} = ${receipt.total}`);
}

export async function run(ctx) {
  await ctx.loginAdmin();
  await entries(ctx);
  await orderPanel(ctx);
  const receipt = await receipts(ctx);
  await expenses(ctx, receipt);
}
