// Danish and Simplified Chinese added after the plugin was installed (Configuration › Languages): the plugin's pages,
// the entry explanations and My commissions read in that language, with names and the store's money format. This
// run's own team (a rep, their manager, a client, a 5% program) earns on one paid order; the admin's entries list,
// order panel and reports and the rep's My commissions and receipt statement are then shown in each language (screenshots languages-*-{da,zh-Hans}).
import { asAdmin, as, team, paidOrder, postForm, bodyText, submit, expectBody, gridRows, finishJob } from '../fixtures.mjs';

const LANGUAGES = [
  { name: 'Dansk', culture: 'da-DK', seo: 'da', shot: 'da', entries: 'Procent af ordre' },
  { name: '简体中文', culture: 'zh-CN', seo: 'zh', shot: 'zh-Hans', entries: '订单百分比' },
];

/** The id of the store's language of this culture, adding it through Admin › Configuration › Languages when it is missing. */
async function languageOf(ctx, language) {
  const page = ctx.page;
  await page.goto(ctx.url('/Admin/Language/List'));
  const find = () => page.evaluate(async culture => {
    const body = new URLSearchParams({ Start: '0', Length: '100', Draw: '1' });
    body.set('__RequestVerificationToken', document.querySelector('input[name="__RequestVerificationToken"]').value);
    const response = await fetch('/Admin/Language/List', { method: 'POST', body, headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    const found = (await response.json()).Data.find(row => row.LanguageCulture === culture);
    return found ? found.Id : null;
  }, language.culture);
  const existing = await find();
  if (existing)
    return existing;

  await page.goto(ctx.url('/Admin/Language/Create'));
  await postForm(ctx, '/Admin/Language/Create', {
    Name: language.name, LanguageCulture: language.culture, UniqueSeoCode: language.seo, FlagImageFileName: '',
    Published: 'true', DisplayOrder: '10',
  });
  await page.goto(ctx.url('/Admin/Language/List'));
  const id = await find();
  if (!id)
    throw new Error(`language ${language.culture} was not added`);
  return id;
}

/** Switches the signed-in person's language (admin and storefront share the customer's language). */
async function speak(ctx, id, returnUrl) {
  await ctx.page.goto(ctx.url(`/Admin/Common/SetLanguage?langid=${id}&returnUrl=${encodeURIComponent(returnUrl)}`));
}

function expectNoKeys(text, where) {
  const key = text.match(/plugins\.misc\.salescommission\.[a-z0-9._]+/i);
  if (key)
    throw new Error(`${where} shows the resource key ${key[0]}`);
}

export async function run(ctx) {
  const page = ctx.page;
  await asAdmin(ctx);
  const ids = [];
  for (const language of LANGUAGES)
    ids.push(await languageOf(ctx, language));

  const t = await team(ctx, 'languages', { rate: 5 });
  const order = await paidOrder(ctx, t.client);

  // a receipt of the rep's entry, approved, so the rep has a statement to read
  await page.goto(ctx.url('/Admin/CommissionReceipt/List'));
  await page.selectOption('#CreateDrafts_Beneficiary', `Staff:${t.rep.id}`);
  await submit(ctx, '#create-drafts');
  await finishJob(ctx);
  await expectBody(ctx, '1 draft receipts created');
  const receipts = await gridRows(ctx, '/Admin/CommissionReceipt/List', { SearchStatusId: '-1', SearchBeneficiary: `Staff:${t.rep.id}` });
  await page.goto(ctx.url(`/Admin/CommissionReceipt/Details/${receipts[0].Id}`));
  await submit(ctx, '#receipt-approve');

  for (const [i, language] of LANGUAGES.entries()) {
    await asAdmin(ctx);
    await speak(ctx, ids[i], `/Admin/CommissionEntry/List`);
    await page.waitForSelector('#entries-grid tbody tr td', { timeout: 30000 }).catch(() => {});
    const entries = await bodyText(page);
    expectNoKeys(entries, `entries list (${language.culture})`);
    await ctx.screenshot(`languages-entries-${language.shot}`);

    await speak(ctx, ids[i], `/Admin/Order/Edit/${order.id}`);
    const panel = await bodyText(page);
    expectNoKeys(panel, `order panel (${language.culture})`);
    if (!panel.includes(language.entries))
      throw new Error(`the order panel's explanation is not in ${language.culture}: expected "${language.entries}"`);
    await ctx.screenshot(`languages-order-panel-${language.shot}`);

    await Promise.all([
      page.waitForResponse(r => r.url().includes('/CommissionReport/List') && r.request().method() === 'POST'),
      speak(ctx, ids[i], '/Admin/CommissionReport/Index'),
    ]);
    expectNoKeys(await bodyText(page), `reports (${language.culture})`);
    await ctx.screenshot(`languages-reports-${language.shot}`);

    await as(ctx, t.rep);
    await ctx.page.goto(ctx.url(`/changelanguage/${ids[i]}?returnUrl=${encodeURIComponent('/customer/commissions')}`));
    const mine = await bodyText(page);
    expectNoKeys(mine, `My commissions (${language.culture})`);
    if (!mine.includes(language.entries))
      throw new Error(`My commissions' explanation is not in ${language.culture}: expected "${language.entries}"`);
    await ctx.screenshot(`languages-my-commissions-${language.shot}`);
    await Promise.all([page.waitForNavigation(), page.locator('a.commission-statement-link').first().click()]);
    const statement = await bodyText(page);
    expectNoKeys(statement, `statement (${language.culture})`);
    if (!statement.includes(language.entries))
      throw new Error(`the statement's explanation is not in ${language.culture}: expected "${language.entries}"`);
    await ctx.screenshot(`languages-statement-${language.shot}`);
    // back to English for the areas that follow
    await ctx.page.goto(ctx.url(`/changelanguage/1?returnUrl=${encodeURIComponent('/')}`));
  }
  await asAdmin(ctx);
  await speak(ctx, 1, '/Admin');
}
