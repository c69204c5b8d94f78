// Programs: the list with its filters, a new ladder created through the editor, its bands edited (a gap refused with
// the message next to the band, nothing saved, then fixed), a simulation of the stored ladder compared with its
// ledger entries, and the new program deleted again.
const money = text => Number(String(text).replace(/[^0-9.-]/g, ''));

async function expectBody(ctx, text) {
  const body = (await ctx.page.textContent('body')).replace(/\s+/g, ' ');
  if (!body.includes(text))
    throw new Error(`expected "${text}" on ${ctx.page.url()}`);
}

async function gridEmpty(ctx) {
  await ctx.page.waitForFunction(() => !document.querySelector('#programs-grid tbody a[href*="/Admin/CommissionProgram/Edit/"]'));
}

async function submit(ctx, selector) {
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click(selector)]);
}

async function list(ctx) {
  await ctx.page.goto(ctx.url('/Admin/CommissionProgram/List'));
  await ctx.page.waitForSelector('#programs-grid tbody tr td a[href*="/Admin/CommissionProgram/Edit/"]');
  await ctx.expectText('Program A ladder');
  await ctx.page.selectOption('#SearchProgramTypeId', '1');
  await ctx.page.click('#search-programs');
  await gridEmpty(ctx);
  await ctx.page.selectOption('#SearchProgramTypeId', '2');
  await ctx.page.click('#search-programs');
  await ctx.page.waitForSelector('#programs-grid tbody tr td a[href*="/Admin/CommissionProgram/Edit/"]');
  await ctx.screenshot('programs-list');
}

async function createLadder(ctx, name) {
  await ctx.page.goto(ctx.url('/Admin/CommissionProgram/Create'));
  await ctx.page.fill('#Name', name);
  await ctx.page.selectOption('#ProgramTypeId', '2');
  if (!(await ctx.page.isVisible('#terms-ladder')) || await ctx.page.isVisible('#terms-percent-of-order'))
    throw new Error('choosing Ladder must show only the ladder section');
  await ctx.page.selectOption('#LadderModeId', '0');
  await ctx.page.fill('input[name="Bands[0].From"]', '0');
  await ctx.page.fill('input[name="Bands[0].Rate"]', '1');
  await ctx.page.click('#add-band');
  await ctx.page.fill('input[name="Bands[1].From"]', '50');
  await ctx.page.fill('input[name="Bands[1].Rate"]', '2');
  await submit(ctx, 'button[name="save-continue"]');
  await expectBody(ctx, 'The program has been saved.');
  if (await ctx.page.locator('#bands-table tbody tr').count() !== 2)
    throw new Error('the new ladder should have 2 bands');
}

async function productLookup(ctx) {
  await ctx.page.goto(ctx.url('/Admin/CommissionProgram/Create'));
  await ctx.page.selectOption('#ProgramTypeId', '3');
  if (!(await ctx.page.isVisible('#terms-percent-per-product')) || await ctx.page.isVisible('#terms-ladder'))
    throw new Error('choosing Percent per product must show only its section');
  await ctx.page.click('#add-product-rule');
  await ctx.page.fill('input[name="ProductRules[0].ProductId"]', '1');
  await ctx.page.press('input[name="ProductRules[0].ProductId"]', 'Tab');
  await ctx.page.waitForFunction(() => document.querySelector('#product-rules-table .product-name').textContent.trim().length > 0);
  console.log(`  product 1 looked up: ${(await ctx.page.textContent('#product-rules-table .product-name')).trim()}`);
}

async function editBands(ctx) {
  const editUrl = ctx.page.url();
  await ctx.page.click('#add-band');
  await ctx.page.fill('input[name="Bands[2].From"]', '200');
  await ctx.page.fill('input[name="Bands[2].Rate"]', '4');
  await ctx.page.fill('input[name="Bands[1].To"]', '150');
  await submit(ctx, 'button[name="save-continue"]');
  await expectBody(ctx, 'The program was not saved');
  await expectBody(ctx, 'Band 2: it ends before the next band starts, leaving a gap.');
  await ctx.screenshot('programs-edit-ladder');

  await ctx.page.goto(editUrl);
  if (await ctx.page.locator('#bands-table tbody tr').count() !== 2)
    throw new Error('a refused save must leave the stored bands as they were');

  await ctx.page.click('#add-band');
  await ctx.page.fill('input[name="Bands[2].From"]', '200');
  await ctx.page.fill('input[name="Bands[2].Rate"]', '4');
  await ctx.page.locator('#bands-table tbody tr').nth(0).locator('.remove-row').click();
  await submit(ctx, 'button[name="save-continue"]');
  await expectBody(ctx, 'Band 1: the first band must start at 0.');
  await ctx.page.fill('input[name="Bands[0].From"]', '0');
  await submit(ctx, 'button[name="save-continue"]');
  await expectBody(ctx, 'The program has been saved.');
  const starts = await ctx.page.locator('#bands-table tbody tr input[name$=".From"]').evaluateAll(inputs => inputs.map(i => i.value));
  if (starts.join('|') !== '0|200')
    throw new Error(`expected bands starting at 0 and 200, got ${starts.join(', ')}`);
}

async function simulate(ctx) {
  await ctx.page.goto(ctx.url('/Admin/CommissionProgram/List'));
  await ctx.page.fill('#SearchName', 'Program A ladder');
  await ctx.page.click('#search-programs');
  const edit = ctx.page.locator('#programs-grid tbody tr td a[href*="/Admin/CommissionProgram/Edit/"]').first();
  await edit.waitFor();
  await submit(ctx, `#programs-grid a[href="${await edit.getAttribute('href')}"]`);
  await ctx.page.fill('#SimulateFrom', '2026-11-01');
  await ctx.page.fill('#SimulateTo', '2026-11-30');
  await submit(ctx, '#simulate');
  await ctx.page.waitForSelector('#simulation-result');
  const summary = await ctx.page.textContent('#simulation-summary');
  const rows = await ctx.page.locator('#simulation-beneficiaries tbody tr').count();
  const perBeneficiary = (await ctx.page.locator('#simulation-beneficiaries tbody tr td:nth-child(3)').allTextContents())
    .reduce((sum, text) => sum + money(text), 0);
  const total = money(summary.split('pay')[1]);
  if (rows === 0 || Math.abs(perBeneficiary - total) > 0.001)
    throw new Error(`the beneficiaries' totals (${perBeneficiary}) must add up to the simulated total (${total})`);
  const sampleTotal = (await ctx.page.locator('#simulation-entries tbody tr td:nth-child(5)').allTextContents())
    .reduce((sum, text) => sum + money(text), 0);
  console.log(`  simulation: ${summary.trim()} (${rows} beneficiaries, entries add up to ${sampleTotal.toFixed(2)})`);
  await expectBody(ctx, 'of order #10');
  await ctx.screenshot('programs-simulate');
}

async function remove(ctx, name) {
  await ctx.page.click('#program-delete');
  await ctx.page.waitForSelector('#programmodel-Delete-delete-confirmation', { state: 'visible' });
  await submit(ctx, '#programmodel-Delete-delete-confirmation button[type="submit"]');
  await expectBody(ctx, 'The program has been deleted.');
  await ctx.page.fill('#SearchName', name);
  await ctx.page.click('#search-programs');
  await gridEmpty(ctx);
}

export async function run(ctx) {
  await ctx.loginAdmin();
  await list(ctx);
  await productLookup(ctx);
  const name = `E2E ladder ${Date.now()}`;
  await createLadder(ctx, name);
  await editBands(ctx);
  await remove(ctx, name);
  await simulate(ctx);
}
