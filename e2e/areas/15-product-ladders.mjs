// Product ladders, caps and exclusions in the program editor, on a fresh store: a ProductLadder program is built on
// the sample category Notebooks; a save with a repeated ladder, a cap per order of 0, a last band whose 'to' is below
// its start and a malformed product list is refused with each message next to its field; the fixed program (a
// monthly notebook ladder topped at 5000, a default ladder, caps, gift cards left out) is saved, read back, simulated
// and deleted again.
async function expectBody(ctx, text) {
  const body = (await ctx.page.textContent('body')).replace(/\s+/g, ' ');
  if (!body.includes(text))
    throw new Error(`expected "${text}" on ${ctx.page.url()}`);
}

async function submit(ctx, selector) {
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click(selector)]);
}

/** On a background job's progress page: waits until the job has finished and opens its result. */
async function finishJob(ctx) {
  await ctx.page.waitForSelector('#job-result', { state: 'visible', timeout: 300000 });
  await submit(ctx, '#job-result');
}

/** The value of the category option whose text starts with the name ("Notebooks (#5)"). */
async function categoryValue(ctx, select, name) {
  const value = await ctx.page.locator(`${select} option`).evaluateAll(
    (options, wanted) => options.find(option => option.textContent.trim().startsWith(`${wanted} (#`))?.value, name);
  if (!value)
    throw new Error(`the store has no category "${name}"`);
  return value;
}

async function fieldMessage(ctx, field, text) {
  const message = (await ctx.page.locator(`[data-valmsg-for="${field}"]`).first().textContent()).trim();
  if (!message.includes(text))
    throw new Error(`expected "${text}" next to ${field}, got "${message}"`);
}

async function ladder(ctx, index, { category, window, bands }) {
  const page = ctx.page;
  await page.click('#add-product-ladder');
  const categorySelect = `select[name="ProductLadders[${index}].CategoryId"]`;
  if (category)
    await page.selectOption(categorySelect, await categoryValue(ctx, categorySelect, category));
  await page.selectOption(`select[name="ProductLadders[${index}].LadderWindowId"]`, window);
  for (let i = 0; i < bands.length; i++) {
    if (i > 0)
      await page.locator('#product-ladders .product-ladder').nth(index).locator('.add-ladder-band').click();
    for (const [field, value] of Object.entries(bands[i]))
      await page.fill(`input[name="ProductLadders[${index}].Bands[${i}].${field}"]`, value);
  }
}

async function refusedSave(ctx, name) {
  const page = ctx.page;
  await page.goto(ctx.url('/Admin/CommissionProgram/Create'));
  await page.fill('#Name', name);
  await page.selectOption('#ProgramTypeId', '6');
  if (!(await page.isVisible('#terms-product-ladder')) || await page.isVisible('#terms-ladder'))
    throw new Error('choosing Product ladder must show only the product ladder section');
  await ladder(ctx, 0, { category: 'Notebooks', window: '1', bands: [{ From: '0', To: '1000', Rate: '2' }, { From: '1000', To: '900', Rate: '4' }] });
  await ladder(ctx, 1, { category: 'Notebooks', window: '0', bands: [{ Rate: '1' }] });
  await page.fill('#CapPerOrder', '0');
  await page.fill('#ExcludedProductIds', 'gift cards');
  await submit(ctx, 'button[name="save-continue"]');
  await expectBody(ctx, 'The program was not saved');
  await fieldMessage(ctx, 'ProductLadders[0].Bands[1].To', 'Band 2: the last band\'s "To" caps the base');
  await fieldMessage(ctx, 'ProductLadders[1].ProductId', 'Ladder 2: an earlier ladder already covers this product or category');
  await fieldMessage(ctx, 'CapPerOrder', 'The cap per order must be above 0');
  await fieldMessage(ctx, 'ExcludedProductIds', 'Enter product ids as whole numbers');
  if (await page.locator('#product-ladders .product-ladder').count() !== 2)
    throw new Error('a refused save must show both ladders again');
  await ctx.screenshot('programs-product-ladders-refused');
  return categoryValue(ctx, 'select[name="ProductLadders[0].CategoryId"]', 'Notebooks');
}

/**
 * Corrects a field the server marked: leaving it clears the server's message, which moves the page, so the field is
 * left (Tab) before the next click.
 */
async function correct(ctx, selector, value) {
  await ctx.page.fill(selector, value);
  await ctx.page.press(selector, 'Tab');
}

async function fixAndSave(ctx) {
  const page = ctx.page;
  await page.locator('#product-ladders .product-ladder').nth(1).locator('.remove-ladder').click();
  await correct(ctx, 'input[name="ProductLadders[0].Bands[1].To"]', '5000');
  await correct(ctx, '#CapPerOrder', '100');
  await correct(ctx, '#ExcludedProductIds', '');
  await ladder(ctx, 1, { window: '0', bands: [{ Rate: '0.5' }] });
  await page.selectOption('#CapPerPeriodWindowId', '1');
  await page.fill('#CapPerPeriodAmount', '500');
  await page.selectOption('#SelectedExcludedCategoryIds', await categoryValue(ctx, '#SelectedExcludedCategoryIds', 'Gift Cards'));
  await submit(ctx, 'button[name="save-continue"]');
  await expectBody(ctx, 'The program has been saved.');
}

async function readBack(ctx, notebooks) {
  const page = ctx.page;
  await page.goto(page.url());
  const ladders = page.locator('#product-ladders .product-ladder');
  if (await ladders.count() !== 2)
    throw new Error(`expected 2 ladders after saving, got ${await ladders.count()}`);
  const first = await page.inputValue('select[name="ProductLadders[0].CategoryId"]');
  const bands = await ladders.nth(0).locator('tbody tr input[name$=".From"], tbody tr input[name$=".To"]')
    .evaluateAll(inputs => inputs.map(input => input.value));
  if (first !== notebooks || bands.join('|') !== '0|1000|1000|5000')
    throw new Error(`the notebook ladder came back as category ${first}, bands ${bands.join(', ')}`);
  const caps = [await page.inputValue('#CapPerOrder'), await page.inputValue('#CapPerPeriodWindowId'), await page.inputValue('#CapPerPeriodAmount')];
  if (caps.join('|') !== '100|1|500')
    throw new Error(`the caps came back as ${caps.join(', ')}`);
  await ctx.screenshot('programs-product-ladders');
}

async function simulate(ctx) {
  const today = new Date().toISOString().slice(0, 10);
  await ctx.page.fill('#SimulateFrom', `${today.slice(0, 8)}01`);
  await ctx.page.fill('#SimulateTo', today);
  await submit(ctx, '#simulate');
  await finishJob(ctx);
  await ctx.page.waitForSelector('#simulation-result');
  console.log(`  simulation: ${(await ctx.page.textContent('#simulation-summary')).trim()}`);
  await submit(ctx, '#simulation-back');
}

async function remove(ctx) {
  await ctx.page.click('#program-delete');
  await ctx.page.waitForSelector('#programmodel-Delete-delete-confirmation', { state: 'visible' });
  await submit(ctx, '#programmodel-Delete-delete-confirmation button[type="submit"]');
  await expectBody(ctx, 'The program has been deleted.');
}

export async function run(ctx) {
  await ctx.loginAdmin();
  const notebooks = await refusedSave(ctx, `E2E product ladder ${Date.now()}`);
  await fixAndSave(ctx);
  await readBack(ctx, notebooks);
  await simulate(ctx);
  await remove(ctx);
}
