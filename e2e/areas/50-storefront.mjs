// The sales reps' side of the storefront: "My commissions" for a rep and a manager, the rep widget, receipt
// statements, and who gets "page not found" or the login page. A client's order is paid on the way, and the
// rep's pending commission must grow by it.
const rep = { email: process.env.REP_EMAIL ?? 'arthur_holmes@nopCommerce.com', password: process.env.REP_PASSWORD ?? '123456', name: 'Arthur Holmes' };
const manager = { email: process.env.MANAGER_EMAIL ?? 'james_pan@nopCommerce.com', password: process.env.MANAGER_PASSWORD ?? '123456', managerId: 6 };
const client = { email: process.env.CLIENT_EMAIL ?? 'steve_gates@nopCommerce.com', password: process.env.CLIENT_PASSWORD ?? 'Test123!' };
const product = process.env.PRODUCT_SLUG ?? 'pride-and-prejudice';
const paymentMethod = 'Payments.CheckMoneyOrder';

const money = text => Number(text.replace(/[^0-9.\-]/g, ''));

async function logout(ctx) {
  await ctx.page.goto(ctx.url('/logout'));
  await ctx.context.clearCookies();
}

/** Reads this month's pending figure from "My commissions". */
async function pendingThisMonth(ctx) {
  await ctx.page.goto(ctx.url('/customer/commissions'));
  return money(await ctx.page.textContent('.commission-this-month [data-figure="pending"]'));
}

/** Places an order of one product as the logged-in client through the one-page checkout; returns the order id. */
async function placeOrder(ctx) {
  const page = ctx.page;
  await page.goto(ctx.url(`/${product}`));
  await page.click('.add-to-cart-button');
  await page.waitForSelector('.bar-notification.success', { timeout: 15000 });
  await page.goto(ctx.url('/cart'));
  await page.check('#termsofservice');
  await Promise.all([page.waitForNavigation(), page.click('#checkout')]);
  const steps = ['.new-address-next-step-button', '.shipping-method-next-step-button', '.payment-method-next-step-button',
    '.payment-info-next-step-button', '.confirm-order-next-step-button'];
  for (let i = 0; i < 12 && !page.url().includes('/checkout/completed'); i++) {
    for (const step of steps) {
      const button = page.locator(step).filter({ visible: true }).first();
      if (await button.count() > 0) {
        if (step === '.payment-method-next-step-button')
          await page.check(`input[name="paymentmethod"][value="${paymentMethod}"]`);
        await button.click();
        await page.waitForTimeout(1500);
        break;
      }
    }
  }
  await page.waitForURL(/\/checkout\/completed/, { timeout: 20000 });
  const id = Number(page.url().match(/completed\/(\d+)/)?.[1] ?? (await page.textContent('.order-number strong')).replace(/\D/g, ''));
  if (!id)
    throw new Error('order id not found after checkout');
  return id;
}

export async function run(ctx) {
  const page = ctx.page;

  // a guest is sent to log in
  await page.goto(ctx.url('/customer/commissions'));
  if (!page.url().includes('/login'))
    throw new Error(`guest was not sent to login: ${page.url()}`);

  // the rep's figures before the order
  await ctx.login(rep.email, rep.password);
  const before = await pendingThisMonth(ctx);
  await logout(ctx);

  // a client who is not staff sees no menu item and gets "page not found"; then orders
  await ctx.login(client.email, client.password);
  await page.goto(ctx.url('/customer/info'));
  if (await page.locator('.customer-commissions').count() > 0)
    throw new Error('a client sees the "My commissions" menu item');
  const clientResponse = await page.goto(ctx.url('/customer/commissions'));
  if (clientResponse.status() !== 404)
    throw new Error(`a client got ${clientResponse.status()} instead of 404`);
  const orderId = await placeOrder(ctx);
  console.log(`  order ${orderId} placed`);
  await logout(ctx);

  // the admin marks it as paid
  await ctx.loginAdmin();
  await page.goto(ctx.url(`/Admin/Order/Edit/${orderId}`));
  await page.click('#markorderaspaid');
  await Promise.all([page.waitForNavigation(), page.click('#markorderaspaid-action-confirmation-submit-button')]);
  await logout(ctx);

  // the rep sees the order's commission pending, the menu item and the widget
  await ctx.login(rep.email, rep.password);
  const after = await pendingThisMonth(ctx);
  if (!(after > before))
    throw new Error(`pending this month did not grow: ${before} -> ${after}`);
  console.log(`  rep pending this month ${before} -> ${after}`);
  await ctx.expectText('My commissions');
  if (await page.locator('.commission-entry-table td', { hasText: String(orderId) }).count() === 0)
    throw new Error(`order ${orderId} missing from the rep's entries`);
  await ctx.screenshot('my-commissions');

  const statement = page.locator('a.commission-statement-link').first();
  if (await statement.count() > 0) {
    await Promise.all([page.waitForNavigation(), statement.click()]);
    await ctx.expectText('Commission statement');
    await ctx.expectText(rep.name);
    await ctx.screenshot('receipt-statement-rep');
  } else {
    console.log('  the rep has no approved or paid receipt: statement not shown');
  }

  await page.goto(ctx.url('/'));
  await page.waitForSelector('.rep-commission-widget');
  if (money(await page.textContent('.rep-commission-widget [data-figure="pending"]')) !== after)
    throw new Error('the home-page widget does not show the month\'s pending commission');
  await ctx.screenshot('rep-widget-home');

  // a rep asking for their manager's figures gets "page not found"
  const upResponse = await page.goto(ctx.url(`/customer/commissions?staffCustomerId=${manager.managerId}`));
  if (upResponse.status() !== 404)
    throw new Error(`a rep got ${upResponse.status()} for their manager's figures`);
  await logout(ctx);

  // the manager sees the team with the rep's figures and may open the rep's entries
  await ctx.login(manager.email, manager.password);
  await page.goto(ctx.url('/customer/commissions'));
  await ctx.expectText('My team');
  const row = page.locator('.commission-team tr', { hasText: rep.name });
  if (money(await row.locator('td').nth(1).textContent()) !== after)
    throw new Error('the team table does not show the rep\'s pending commission this month');
  await ctx.screenshot('my-commissions-team');
  await Promise.all([page.waitForNavigation(), row.locator('a').click()]);
  await ctx.expectText(rep.name);
  if (await page.locator('.commission-entry-table td', { hasText: String(orderId) }).count() === 0)
    throw new Error('the manager does not see the rep\'s entry of the new order');
}
