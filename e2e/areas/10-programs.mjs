// Programs: the list with its filters (over this run's own programs), a new ladder created through the editor, its
// bands edited (a gap refused with the message next to the band, nothing saved, then fixed), the product lookup of a
// per-product rule, a simulation of a ladder over a paid order of this run's client (the simulated total is the
// ladder's own sum for that order's net sales, and the ledger's entry for the order is the same amount), and the
// edited ladder deleted again.
import {
  runId, money, cents, expectBody, submit, asAdmin, gridRows, createCustomer, saveStaff, assignClient,
  createPercentProgram, paidOrder, day, finishJob,
} from '../fixtures.mjs';

async function gridEmpty(ctx) {
  await ctx.page.waitForFunction(() => !document.querySelector('#programs-grid tbody a[href*="/Admin/CommissionProgram/Edit/"]'));
}

/** Fills a ladder's bands ([from, rate], …) on the editor, after choosing the ladder type and a mode. */
async function fillLadder(ctx, mode, bands) {
  await ctx.page.selectOption('#ProgramTypeId', '2');
  if (!(await ctx.page.isVisible('#terms-ladder')) || await ctx.page.isVisible('#terms-percent-of-order'))
    throw new Error('choosing Ladder must show only the ladder section');
  await ctx.page.selectOption('#LadderModeId', mode);
  for (const [i, [from, rate]] of bands.entries()) {
    if (i > 0)
      await ctx.page.click('#add-band');
    await ctx.page.fill(`input[name="Bands[${i}].From"]`, String(from));
    await ctx.page.fill(`input[name="Bands[${i}].Rate"]`, String(rate));
  }
}

/** The list's filters: over the names of this run, the type filter keeps exactly the programs of that type. */
async function list(ctx, percent, ladder) {
  await ctx.page.goto(ctx.url('/Admin/CommissionProgram/List'));
  await ctx.page.waitForSelector('#programs-grid tbody tr td a[href*="/Admin/CommissionProgram/Edit/"]');
  const prefix = `E2E programs ${runId}`;
  await ctx.page.fill('#SearchName', prefix);
  for (const [type, expected] of [['1', percent], ['2', ladder]]) {
    await ctx.page.selectOption('#SearchProgramTypeId', type);
    const answer = ctx.page.waitForResponse(r => r.url().includes('/CommissionProgram/List') && r.request().method() === 'POST');
    await ctx.page.click('#search-programs');
    const names = (await (await answer).json()).Data.map(row => row.Name);
    if (names.length !== 1 || names[0] !== expected)
      throw new Error(`type ${type} over "${prefix}" lists ${JSON.stringify(names)}, expected only "${expected}"`);
    await ctx.page.waitForSelector(`#programs-grid tbody tr:has-text("${expected}")`);
  }
  await ctx.page.selectOption('#SearchProgramTypeId', '3');
  await ctx.page.click('#search-programs');
  await gridEmpty(ctx);
  await ctx.page.fill('#SearchName', '');
  await ctx.page.selectOption('#SearchProgramTypeId', '0');
  await ctx.page.click('#search-programs');
  await ctx.page.waitForSelector('#programs-grid tbody tr td a[href*="/Admin/CommissionProgram/Edit/"]');
  await ctx.screenshot('programs-list');
}

async function createLadder(ctx, name) {
  await ctx.page.goto(ctx.url('/Admin/CommissionProgram/Create'));
  await ctx.page.fill('#Name', name);
  await fillLadder(ctx, '0', [[0, 1], [50, 2]]);
  //inactive, so that it pays nobody while it exists (should the walk stop before it is deleted)
  await ctx.page.uncheck('#Active');
  await submit(ctx, 'button[name="save-continue"]');
  await expectBody(ctx, 'The program has been saved.');
  if (await ctx.page.locator('#bands-table tbody tr').count() !== 2)
    throw new Error('the new ladder should have 2 bands');
}

async function productLookup(ctx) {
  await ctx.page.goto(ctx.url('/Admin/Product/List'));
  const products = await gridRows(ctx, '/Admin/Product/ProductList', { SearchProductName: 'Pride and Prejudice' });
  const product = products.find(p => p.Name === 'Pride and Prejudice') ?? products[0];
  if (!product)
    throw new Error('no product "Pride and Prejudice" in the catalogue');
  await ctx.page.goto(ctx.url('/Admin/CommissionProgram/Create'));
  await ctx.page.selectOption('#ProgramTypeId', '3');
  if (!(await ctx.page.isVisible('#terms-percent-per-product')) || await ctx.page.isVisible('#terms-ladder'))
    throw new Error('choosing Percent per product must show only its section');
  await ctx.page.click('#add-product-rule');
  await ctx.page.fill('input[name="ProductRules[0].ProductId"]', String(product.Id));
  await ctx.page.press('input[name="ProductRules[0].ProductId"]', 'Tab');
  await ctx.page.waitForFunction(() => document.querySelector('#product-rules-table .product-name').textContent.trim().length > 0);
  const shown = (await ctx.page.textContent('#product-rules-table .product-name')).trim();
  if (shown !== product.Name)
    throw new Error(`product ${product.Id} looked up as "${shown}", the catalogue calls it "${product.Name}"`);
  console.log(`  product ${product.Id} looked up: ${shown}`);
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

async function remove(ctx, name) {
  await ctx.page.click('#program-delete');
  await ctx.page.waitForSelector('#programmodel-Delete-delete-confirmation', { state: 'visible' });
  await submit(ctx, '#programmodel-Delete-delete-confirmation button[type="submit"]');
  await expectBody(ctx, 'The program has been deleted.');
  await ctx.page.fill('#SearchName', name);
  await ctx.page.click('#search-programs');
  await gridEmpty(ctx);
}

/**
 * A marginal per-order ladder (0+: 1%, 20+: 3%) for this run's client pays on net sales S: 1% of min(S, 20) plus 3% of
 * what is above 20, rounded once. Simulated over the days around today it plans the client's paid order and pays that
 * amount; the ledger's entry for the order (written when it was paid) is the same.
 */
async function simulate(ctx, ladderName, rep, client) {
  const order = await paidOrder(ctx, client, 2);
  const low = Math.min(order.netSales, 20);
  const high = Math.max(order.netSales - 20, 0);
  //in hundredths of a cent (cents × percent), rounded once to the cent, half away from zero
  const exact = Math.round(low * 100) * 1 + Math.round(high * 100) * 3;
  const expectedCents = Math.floor((2 * exact + 100) / 200);
  await asAdmin(ctx);
  await ctx.page.goto(ctx.url('/Admin/CommissionProgram/List'));
  const [program] = (await gridRows(ctx, '/Admin/CommissionProgram/List', { SearchName: ladderName, SearchProgramTypeId: '0', SearchActiveId: '0' }))
    .filter(row => row.Name === ladderName);
  if (!program)
    throw new Error(`the ladder "${ladderName}" is not listed`);
  await ctx.page.goto(ctx.url(`/Admin/CommissionProgram/Edit/${program.Id}`));
  await ctx.page.fill('#SimulateFrom', day(-1));
  await ctx.page.fill('#SimulateTo', day(1));
  await submit(ctx, '#simulate');
  await finishJob(ctx);
  await ctx.page.waitForSelector('#simulation-result');
  const summary = (await ctx.page.textContent('#simulation-summary')).replace(/\s+/g, ' ');
  const total = money(summary.match(/would pay (.+?) in total/)?.[1]);
  const beneficiaries = await ctx.page.locator('#simulation-beneficiaries tbody tr').evaluateAll(trs =>
    trs.map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent.trim())));
  const entries = await ctx.page.locator('#simulation-entries tbody tr').evaluateAll(trs =>
    trs.map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent.trim())));
  if (cents(total) !== expectedCents)
    throw new Error(`simulation pays ${total}; the ladder on net sales ${order.netSales} pays ${expectedCents / 100}`);
  if (beneficiaries.length !== 1 || beneficiaries[0][0] !== `${rep.name} (Staff)` || cents(money(beneficiaries[0][2])) !== expectedCents)
    throw new Error(`simulated beneficiaries ${JSON.stringify(beneficiaries)}, expected ${rep.name} with ${expectedCents / 100}`);
  if (entries.length !== 1 || entries[0][0] !== `#${order.id}` || cents(money(entries[0][4])) !== expectedCents)
    throw new Error(`simulated entries ${JSON.stringify(entries)}, expected one of order #${order.id}`);
  await expectBody(ctx, `of order #${order.id}`);
  console.log(`  simulation: ${summary.trim()} (order ${order.id}, net sales ${order.netSales})`);
  await ctx.screenshot('programs-simulate');

  //the ledger wrote the same amount when the order was paid
  const ledger = await gridRows(ctx, '/Admin/CommissionEntry/List', { SearchOrderId: String(order.id) });
  const ours = ledger.filter(row => row.ProgramName === ladderName);
  if (ours.length !== 1 || cents(ours[0].Amount) !== expectedCents || ours[0].BeneficiaryName !== rep.name)
    throw new Error(`ledger rows of order ${order.id} for the ladder: ${JSON.stringify(ours.map(r => [r.BeneficiaryName, r.Amount]))}`);
}

export async function run(ctx) {
  await asAdmin(ctx);
  const percentName = `E2E programs ${runId} percent`;
  const simulatedName = `E2E programs ${runId} ladder`;
  const editedName = `E2E programs ${runId} edited`;

  //a rep, a client owned by the rep, and two programs for that client: 2% of the order and a marginal ladder
  const rep = await createCustomer(ctx, { tag: 'programs-rep', firstName: 'Rep', lastName: `programs ${runId}`, staff: true });
  const client = await createCustomer(ctx, { tag: 'programs-client', firstName: 'Client', lastName: `programs ${runId}` });
  await saveStaff(ctx, rep);
  await assignClient(ctx, client, [{ staff: rep, split: 100 }]);
  await createPercentProgram(ctx, { name: percentName, rate: 2, clients: [client], staff: [rep] });
  await ctx.page.goto(ctx.url('/Admin/CommissionProgram/Create'));
  await ctx.page.fill('#Name', simulatedName);
  await fillLadder(ctx, '0', [[0, 1], [20, 3]]);
  await ctx.page.fill('#ClientIds', String(client.id));
  await submit(ctx, 'button[name="save-continue"]');
  await expectBody(ctx, 'The program has been saved.');

  await list(ctx, percentName, simulatedName);
  await productLookup(ctx);
  await createLadder(ctx, editedName);
  await editBands(ctx);
  await remove(ctx, editedName);
  await simulate(ctx, simulatedName, rep, client);
}
