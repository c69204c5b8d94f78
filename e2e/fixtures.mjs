// The data the walk works on, created through the store's own pages: customers (Admin › Customers, with a password
// and the "Sales representative" role for staff), staff profiles and managers (the plugin's Staff page), client
// owners (its Clients page), programs (its Programs page) and orders (placed on the storefront with Check/Money order
// and marked paid in Admin › Orders). Every name carries the run's id, so an area can run twice on one store and
// finds what it made by name, never by a database id it did not read off a page itself.

/** A short id unique to this run of the walk (base 36 of the start time, plus a random letter pair). */
export const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 4)}`;

const PASSWORD = 'E2e-Pass1!';
export const SALES_REP_ROLE = 'Sales representative';

/** Parses a money or number text the way the pages print it ("$1,234.50", "1,234.50", "24.0000"). */
export const money = text => Number(String(text).replace(/[^0-9.-]/g, ''));

/** Cents, rounded half away from zero from an exact number of hundredths given as a fraction n / d (n, d ≥ 0). */
function roundCents(n, d) {
  return Math.floor((2 * n + d) / (2 * d));
}

/**
 * What a percent program pays: rate% of the net sales, times the credited split%, rounded once to the cent away from
 * zero (the rules' §4), as a number with two decimals. All in integers, so no binary fraction decides a cent.
 */
export function percentOf(netSales, ratePercent, splitPercent = 100) {
  const cents = Math.round(netSales * 100);
  const rate = Math.round(ratePercent * 10000);   // the rate in 1/10000 of a percent: a fraction rate / 1e6
  const split = Math.round(splitPercent * 100);   // the split in 1/100 of a percent: a fraction split / 1e4
  return roundCents(cents * rate * split, 1e10) / 100;
}

/** Cents of a money value, for comparing amounts exactly. */
export const cents = value => Math.round(Number(value) * 100);

export function expectEqualMoney(actual, expected, what) {
  if (cents(actual) !== cents(expected))
    throw new Error(`${what}: ${actual} shown, ${expected} expected`);
}

/** The page's text with runs of white space made one space. */
export async function bodyText(page) {
  return (await page.textContent('body')).replace(/\s+/g, ' ');
}

export async function expectBody(ctx, text) {
  if (!(await bodyText(ctx.page)).includes(text))
    throw new Error(`expected "${text}" on ${ctx.page.url()}`);
}

/** Clicks and waits for the navigation it starts. */
export async function submit(ctx, selector) {
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click(selector)]);
}

/** On a background job's progress page: waits until the job has finished and opens its result. */
export async function finishJob(ctx) {
  await ctx.page.waitForSelector('#job-result', { state: 'visible', timeout: 300000 });
  await submit(ctx, '#job-result');
}

/** Logs out (and forgets every cookie), so the next login starts a clean session. */
export async function logout(ctx) {
  await ctx.page.goto(ctx.url('/logout'));
  await ctx.context.clearCookies();
  ctx.who = null;
}

/** Logs in as the admin unless the session is the admin's already. */
export async function asAdmin(ctx) {
  if (ctx.who === 'admin')
    return;
  if (ctx.who)
    await logout(ctx);
  await ctx.loginAdmin();
  ctx.who = 'admin';
}

/** Logs in as a customer the walk created. */
export async function as(ctx, customer) {
  if (ctx.who === customer.email)
    return;
  if (ctx.who)
    await logout(ctx);
  await ctx.login(customer.email, customer.password);
  ctx.who = customer.email;
}

/**
 * Selects options of a (possibly select2-dressed, hidden) multiple select by their labels; the form posts the
 * underlying select. Fails when a label is not offered.
 */
export async function selectByLabels(ctx, selector, labels) {
  const missing = await ctx.page.$eval(selector, (select, wanted) => {
    const left = new Set(wanted);
    for (const option of select.options) {
      option.selected = wanted.includes(option.textContent.trim());
      if (option.selected)
        left.delete(option.textContent.trim());
    }
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return [...left];
  }, labels);
  if (missing.length)
    throw new Error(`${selector} offers no ${missing.join(', ')}`);
}

/**
 * Reads a whole admin grid in one answer: posts the grid's own list action from the page (with its anti-forgery
 * token) asking for every row, and returns the rows.
 */
export async function gridRows(ctx, action, filters = {}) {
  const answer = await ctx.page.evaluate(async ({ action, filters }) => {
    const body = new URLSearchParams({ ...filters, Start: '0', Length: '10000', Draw: '1' });
    body.set('__RequestVerificationToken', document.querySelector('input[name="__RequestVerificationToken"]').value);
    const response = await fetch(action, { method: 'POST', body, headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    return { status: response.status, text: await response.text() };
  }, { action: new URL(action, ctx.baseUrl).pathname, filters });
  if (answer.status !== 200)
    throw new Error(`${action} answered ${answer.status}`);
  return JSON.parse(answer.text).Data;
}

/**
 * Creates a customer in Admin › Customers with a password: registered, and a sales representative when `staff`.
 * Returns { id, email, password, firstName, lastName, name } (the id read from the page the save opens).
 */
export async function createCustomer(ctx, { tag, firstName, lastName, staff = false }) {
  await asAdmin(ctx);
  const email = `e2e-${runId}-${tag}@example.com`.toLowerCase();
  await ctx.page.goto(ctx.url('/Admin/Customer/Create'));
  await ctx.page.fill('#Email', email);
  await ctx.page.fill('#Password', PASSWORD);
  await ctx.page.fill('#FirstName', firstName);
  await ctx.page.fill('#LastName', lastName);
  await selectByLabels(ctx, '#SelectedCustomerRoleIds', staff ? ['Registered', SALES_REP_ROLE] : ['Registered']);
  if (!(await ctx.page.isChecked('#Active')))
    await ctx.page.check('#Active');
  await submit(ctx, 'button[name="save-continue"]');
  const id = Number(ctx.page.url().match(/\/Admin\/Customer\/Edit\/(\d+)/i)?.[1]);
  if (!id)
    throw new Error(`the customer ${email} was not created: ${(await bodyText(ctx.page)).slice(0, 300)}`);
  return { id, email, password: PASSWORD, firstName, lastName, name: `${firstName} ${lastName}` };
}

/** Saves a staff member's profile on the plugin's Staff page: active, with this manager (or none). */
export async function saveStaff(ctx, member, manager = null) {
  await asAdmin(ctx);
  await ctx.page.goto(ctx.url(`/Admin/CommissionStaff/Edit/${member.id}`));
  if (!ctx.page.url().includes('/CommissionStaff/Edit/'))
    throw new Error(`${member.email} is not offered as a staff member`);
  await ctx.page.selectOption('#ManagerCustomerId', manager ? String(manager.id) : '0');
  if (!(await ctx.page.isChecked('#Active')))
    await ctx.page.check('#Active');
  await submit(ctx, 'button[name="save"]');
  await expectBody(ctx, 'The staff member has been saved.');
}

/** Opens a client's owners on the plugin's Clients page (by the client's e-mail). */
export async function openClient(ctx, client) {
  await asAdmin(ctx);
  await ctx.page.goto(ctx.url('/Admin/CommissionClient/List'));
  await ctx.page.fill('#ClientEmail', client.email);
  await submit(ctx, '#open-client');
  if (!ctx.page.url().includes('/CommissionClient/Edit'))
    throw new Error(`the client ${client.email} did not open`);
}

/** Fills a client's owner rows (staff chosen by name) and saves; returns nothing, the caller checks the answer. */
export async function fillOwners(ctx, owners) {
  const rows = await ctx.page.locator('select[id^="Owners_"][id$="__StaffCustomerId"]').count();
  for (let i = 0; i < rows; i++) {
    const owner = owners[i];
    if (owner)
      await ctx.page.selectOption(`#Owners_${i}__StaffCustomerId`, { label: owner.staff.name });
    else
      await ctx.page.selectOption(`#Owners_${i}__StaffCustomerId`, '0');
    await ctx.page.fill(`#Owners_${i}__Split`, owner ? String(owner.split) : '0');
  }
  await submit(ctx, 'button[name="save"]');
}

/** Assigns a client to staff with splits (they must add up to 100). */
export async function assignClient(ctx, client, owners) {
  await openClient(ctx, client);
  await fillOwners(ctx, owners);
  await expectBody(ctx, 'The assignment has been saved.');
}

/**
 * Creates a "percent of order" program on the plugin's Programs page, limited to these clients (by the ids their
 * customer pages showed) and paying these staff members (none: every credited staff member). Returns { id, name }.
 */
export async function createPercentProgram(ctx, { name, rate, clients, staff = [], overrides = [] }) {
  await asAdmin(ctx);
  await ctx.page.goto(ctx.url('/Admin/CommissionProgram/Create'));
  await ctx.page.fill('#Name', name);
  await ctx.page.selectOption('#ProgramTypeId', '1');
  await ctx.page.fill('#Rate', String(rate));
  await ctx.page.fill('#ClientIds', clients.map(c => c.id).join(', '));
  if (staff.length)
    await selectByLabels(ctx, '#SelectedStaffIds', staff.map(s => s.name));
  for (const [i, level] of overrides.entries()) {
    await ctx.page.click('#add-override-level');
    await ctx.page.fill(`input[name="OverrideLevels[${i}].Level"]`, String(level.level));
    await ctx.page.fill(`input[name="OverrideLevels[${i}].Percent"]`, String(level.percent));
  }
  await submit(ctx, 'button[name="save-continue"]');
  await expectBody(ctx, 'The program has been saved.');
  const id = Number(ctx.page.url().match(/\/CommissionProgram\/Edit\/(\d+)/i)?.[1]);
  if (!id)
    throw new Error(`program ${name} not saved`);
  return { id, name };
}

/** Opens a program's editor by its name through the list's name filter. */
export async function openProgram(ctx, name) {
  await asAdmin(ctx);
  await ctx.page.goto(ctx.url('/Admin/CommissionProgram/List'));
  const rows = (await gridRows(ctx, '/Admin/CommissionProgram/List', { SearchName: name, SearchProgramTypeId: '0', SearchActiveId: '0' }))
    .filter(row => row.Name === name);
  if (rows.length !== 1)
    throw new Error(`${rows.length} programs named "${name}"`);
  await ctx.page.goto(ctx.url(`/Admin/CommissionProgram/Edit/${rows[0].Id}`));
  return rows[0];
}

const PRODUCT = process.env.PRODUCT_SLUG ?? 'pride-and-prejudice';

/**
 * Places an order as the client on the storefront (one-page checkout, a new billing address the first time, Check /
 * Money order) of `quantity` of the product; returns the order id the completed page shows.
 */
export async function placeOrder(ctx, client, quantity = 1) {
  await as(ctx, client);
  const page = ctx.page;
  await page.goto(ctx.url(`/${PRODUCT}`));
  const qty = page.locator('input.qty-input').first();
  if (await qty.count() > 0)
    await qty.fill(String(quantity));
  await page.click('.add-to-cart-button');
  await page.waitForSelector('.bar-notification.success', { timeout: 15000 });
  await page.goto(ctx.url('/cart'));
  if (await page.locator('#termsofservice').count() > 0)
    await page.check('#termsofservice');
  await Promise.all([page.waitForNavigation(), page.click('#checkout')]);

  const steps = ['.new-address-next-step-button', '.shipping-method-next-step-button', '.payment-method-next-step-button',
    '.payment-info-next-step-button', '.confirm-order-next-step-button'];
  for (let i = 0; i < 15 && !page.url().includes('/checkout/completed'); i++) {
    let clicked = false;
    for (const step of steps) {
      const button = page.locator(step).filter({ visible: true }).first();
      if (await button.count() === 0)
        continue;
      if (step === '.new-address-next-step-button')
        await fillBillingAddress(ctx, client);
      if (step === '.payment-method-next-step-button')
        await page.check('input[name="paymentmethod"][value="Payments.CheckMoneyOrder"]');
      //a step's button is disabled while its answer is awaited, and the last one leaves the page: a click that
      //does not happen in time is tried again on the next round, the completed page ends the rounds
      await button.click({ timeout: 10000 }).catch(() => {});
      await page.waitForTimeout(1500);
      clicked = true;
      break;
    }
    if (!clicked)
      await page.waitForTimeout(1000);
  }
  await page.waitForURL(/\/checkout\/completed/, { timeout: 20000 });
  const id = Number(page.url().match(/completed\/(\d+)/)?.[1] ?? (await page.textContent('.order-number strong')).replace(/\D/g, ''));
  if (!id)
    throw new Error('order id not found after checkout');
  return id;
}

/** Fills the one-page checkout's new billing address when it is shown (a client's first order). */
async function fillBillingAddress(ctx, client) {
  const page = ctx.page;
  const form = page.locator('#billing-new-address-form');
  if (await form.count() === 0 || !(await form.isVisible()))
    return;
  const fill = async (field, value) => {
    const input = page.locator(`#BillingNewAddress_${field}`);
    if (await input.count() > 0 && await input.isVisible() && !(await input.inputValue()))
      await input.fill(value);
  };
  await fill('FirstName', client.firstName);
  await fill('LastName', client.lastName);
  await fill('Email', client.email);
  const country = page.locator('#BillingNewAddress_CountryId');
  if (await country.count() > 0 && await country.isVisible()) {
    await country.selectOption({ label: 'United States of America' }).catch(() => country.selectOption({ index: 1 }));
    await page.waitForTimeout(1000);
    const state = page.locator('#BillingNewAddress_StateProvinceId');
    if (await state.count() > 0 && await state.isVisible() && await state.locator('option').count() > 1)
      await state.selectOption({ index: 1 });
  }
  await fill('City', 'Springfield');
  await fill('Address1', '1 Main Street');
  await fill('ZipPostalCode', '10001');
  await fill('PhoneNumber', '5550100');
}

/** Marks an order paid in Admin › Orders. */
export async function markPaid(ctx, orderId) {
  await asAdmin(ctx);
  await ctx.page.goto(ctx.url(`/Admin/Order/Edit/${orderId}`));
  await ctx.page.click('#markorderaspaid');
  await submit(ctx, '#markorderaspaid-action-confirmation-submit-button');
  await ctx.page.goto(ctx.url(`/Admin/Order/Edit/${orderId}`));
  if (await ctx.page.locator('#markorderaspaid').count() > 0)
    throw new Error(`order ${orderId} is not paid`);
}

/**
 * The order's net sales as its admin page states them (the order editor's figures): subtotal excl. tax − subtotal
 * discount excl. tax − order discount.
 */
export async function orderNetSales(ctx, orderId) {
  await asAdmin(ctx);
  await ctx.page.goto(ctx.url(`/Admin/Order/Edit/${orderId}`));
  const value = async id => money(await ctx.page.inputValue(`#${id}`));
  const net = await value('OrderSubtotalExclTaxValue') - await value('OrderSubTotalDiscountExclTaxValue') - await value('OrderTotalDiscountValue');
  if (!(net > 0))
    throw new Error(`order ${orderId} shows net sales ${net}`);
  return Math.round(net * 100) / 100;
}

/**
 * A sales team of this area's own: a manager, a rep reporting to the manager, a client owned by the rep, and a
 * percent program for that client paying every credited staff member (so only this team's orders earn from it).
 */
export async function team(ctx, area, { rate = 5, overrides = [] } = {}) {
  const manager = await createCustomer(ctx, { tag: `${area}-manager`, firstName: 'Manager', lastName: `${area} ${runId}`, staff: true });
  const rep = await createCustomer(ctx, { tag: `${area}-rep`, firstName: 'Rep', lastName: `${area} ${runId}`, staff: true });
  const client = await createCustomer(ctx, { tag: `${area}-client`, firstName: 'Client', lastName: `${area} ${runId}` });
  await saveStaff(ctx, manager);
  await saveStaff(ctx, rep, manager);
  await assignClient(ctx, client, [{ staff: rep, split: 100 }]);
  const program = await createPercentProgram(ctx, { name: `E2E ${area} ${runId}`, rate, clients: [client], overrides });
  return { manager, rep, client, program, rate };
}

/** Places and pays an order of the team's client; returns { id, netSales }. */
export async function paidOrder(ctx, client, quantity = 1) {
  const id = await placeOrder(ctx, client, quantity);
  await markPaid(ctx, id);
  return { id, netSales: await orderNetSales(ctx, id) };
}

/** Today (UTC) and its neighbours as yyyy-mm-dd. */
export function day(offsetDays = 0) {
  const date = new Date(Date.now() + offsetDays * 86400000);
  return date.toISOString().slice(0, 10);
}

/** Posts a plugin form the way its button would, with the page's anti-forgery token. */
export async function postForm(ctx, action, fields) {
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
