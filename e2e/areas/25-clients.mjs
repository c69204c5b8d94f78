// Clients and groups: a client's owners with splits; splits that do not add up to 100 are refused and nothing
// changes; the list shows the saved owners.
export async function run(ctx) {
  await ctx.loginAdmin();
  await ctx.page.goto(ctx.url('/Admin/CommissionClient/List'));
  await ctx.page.fill('#ClientEmail', process.env.CLIENT_EMAIL ?? 'steve_gates@nopCommerce.com');
  await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('#open-client')]);
  const staff = await ctx.page.$$eval('#Owners_0__StaffCustomerId option', options => options.map(o => o.value).filter(v => v !== '0'));
  if (staff.length < 2)
    throw new Error('the walk needs two staff members');

  const fill = async (splits, afterSave = Promise.resolve()) => {
    for (let i = 0; i < 5; i++) {
      await ctx.page.selectOption(`#Owners_${i}__StaffCustomerId`, i < splits.length ? staff[i] : '0');
      await ctx.page.fill(`#Owners_${i}__Split`, i < splits.length ? String(splits[i]) : '0');
    }
    const [, , result] = await Promise.all([ctx.page.waitForNavigation(), ctx.page.click('button[name="save"]'), afterSave]);
    return result;
  };

  await fill([60, 30]);
  await ctx.expectText('The splits must add up to exactly 100.');
  await ctx.screenshot('clients-splits-refused');

  //the list page loads its grid right after the redirect: wait for that answer from the moment of saving
  const list = await fill([60, 40],
    ctx.page.waitForResponse(r => r.url().includes('/CommissionClient/List') && r.request().method() === 'POST'));
  await ctx.expectText('The assignment has been saved.');
  const row = (await list.json()).Data.find(r => !r.IsGroup && r.Name.toLowerCase() === (process.env.CLIENT_EMAIL ?? 'steve_gates@nopCommerce.com').toLowerCase());
  if (!row || !row.Owners.includes('60%') || !row.Owners.includes('40%'))
    throw new Error(`the list shows ${row?.Owners}`);
  console.log(`  ${row.Name}: ${row.Owners}`);
  await ctx.screenshot('clients-assign');
}
