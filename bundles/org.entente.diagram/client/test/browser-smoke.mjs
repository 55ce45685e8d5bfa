// Browser smoke test of the built client (../web/) against test/mock-server.mjs, in Debian's Chromium
// driven by playwright-core (no browser download). Usage: node test/browser-smoke.mjs [outdir]
// Prints 'N passed, N failed' and exits non-zero on failure.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startMockServer } from './mock-server.mjs';

const outdir = process.argv[2] ?? join(process.cwd(), 'test-output');
mkdirSync(outdir, { recursive: true });
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const args = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'
];

let passed = 0;
let failed = 0;
function check(name, condition, detail = '') {
    if (condition) {
        passed++;
        console.log(`ok   ${name}`);
    } else {
        failed++;
        console.log(`FAIL ${name} ${detail}`);
    }
}

const mock = await startMockServer({ token: 'T0k3n' });
const base = `http://127.0.0.1:${mock.port}`;
const userDataDir = join(tmpdir(), `entente-chromium-${process.pid}`);
const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, args, headless: true, viewport: { width: 1280, height: 800 }
});
const received = async () => (await fetch(`${base}/__received`)).json();
const kinds = async kind => (await received()).filter(a => a.kind === kind);

try {
    // 1. wrong token: page loads, websocket is refused, no JS error
    {
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', e => errors.push(String(e)));
        await page.goto(`${base}/index.html?token=wrong&uri=file:///tmp/x.entente`);
        await page.waitForFunction(() => document.getElementById('entente-status')?.textContent?.includes('retry'), null, { timeout: 10000 });
        check('no server: no page errors', errors.length === 0, errors.join('\n'));
        check('no server: toolbar rendered', await page.isVisible('#entente-year') && await page.isVisible('#entente-layout'));
        await page.screenshot({ path: join(outdir, 'no-server.png') });
        await page.close();
    }

    // 2. with the mock server
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
    await page.goto(`${base}/index.html?token=${mock.token}&uri=${encodeURIComponent('file:///tmp/demo.entente')}`);
    await page.waitForFunction(() => window.ententeDiagram?.ready === true, null, { timeout: 20000 });
    check('ready after first model', true);
    check('requestModel carries sourceUri', (await kinds('requestModel'))[0]?.options?.sourceUri === 'file:///tmp/demo.entente');
    check('8 state nodes rendered', (await page.evaluate(() => window.ententeDiagram.count('.entente-state'))) === 8);
    check('3 alliance hubs rendered', (await page.evaluate(() => window.ententeDiagram.count('.entente-alliance'))) === 3);
    check('ties and threats rendered', (await page.evaluate(() => window.ententeDiagram.count('.entente-tie'))) === 4 &&
        (await page.evaluate(() => window.ententeDiagram.count('.entente-threat'))) === 2);
    check('year hook', (await page.evaluate(() => window.ententeDiagram.year)) === 1900);
    check('year label', (await page.textContent('#entente-year-label')) === '1900');
    check('filters panel built', (await page.locator('#entente-filters input[data-filter]').count()) === 4);
    check('filter label from filterLabel arg',
        (await page.locator('#entente-filters input[data-filter="tie.rivalry"] + span').textContent()) === 'Rivalries');
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(outdir, 'diagram.png') });

    // year slider
    const revision = Number(await page.evaluate(() => document.body.dataset.modelRevision));
    await page.$eval('#entente-year', el => { el.value = '1910'; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); });
    await page.waitForFunction(r => Number(document.body.dataset.modelRevision) > r, revision, { timeout: 10000 });
    check('setYear sent', (await kinds('entente.setYear')).some(a => a.year === 1910));
    check('year updated from server', (await page.evaluate(() => window.ententeDiagram.year)) === 1910);

    // filter
    await page.click('#entente-filters input[data-filter="tie.rivalry"]');
    await page.waitForFunction(() => window.ententeDiagram.count('.tie-rivalry') === 0, null, { timeout: 10000 });
    check('setFilter sent', (await kinds('entente.setFilter')).some(a => a.filter === 'tie.rivalry' && a.visible === false));
    check('checkbox reflects server state', !(await page.isChecked('#entente-filters input[data-filter="tie.rivalry"]')));

    // layout + auto layout
    await page.selectOption('#entente-layout', 'stress');
    await page.click('#entente-autolayout');
    await page.waitForTimeout(300);
    check('setLayout sent', (await kinds('entente.setLayout')).some(a => a.algorithm === 'stress'));
    check('autoLayout sent', (await kinds('entente.autoLayout')).length === 1);

    // selection
    const box = await page.locator('#entente-sprotty [id$="_deu"] rect.sprotty-node').boundingBox();
    await page.mouse.click(box.x + 10, box.y + 10);
    await page.waitForTimeout(300);
    const selections = await kinds('entente.selectionChanged');
    check('selectionChanged sent', selections.some(a => a.selectedElementIds.length === 1 && a.selectedElementIds[0] === 'deu'),
        JSON.stringify(selections));

    // double-click -> reveal, server answers with elementSelected (no echo expected)
    const box2 = await page.locator('#entente-sprotty [id$="_fra"] rect.sprotty-node').boundingBox();
    await page.mouse.dblclick(box2.x + 8, box2.y + box2.height - 8);
    await page.waitForTimeout(500);
    check('reveal sent', (await kinds('entente.reveal')).some(a => a.elementId === 'fra'));

    // selection coming from the server is applied and not echoed back
    const before = (await kinds('entente.selectionChanged')).length;
    await fetch(`${base}/__select?ids=aut,ita`);
    await page.waitForFunction(() => window.ententeDiagram.count('.sprotty-node.selected') === 2, null, { timeout: 5000 });
    await page.waitForTimeout(300);
    check('server selection applied, no echo', (await kinds('entente.selectionChanged')).length === before);

    // export
    const svg = await page.evaluate(() => window.ententeExport('svg'));
    check('svg export', svg.includes('<svg') && svg.includes('United Kingdom'));
    const png = await page.evaluate(() => window.ententeExport('png'));
    check('png export', Buffer.from(png, 'base64').subarray(1, 4).toString() === 'PNG');
    const exported = await kinds('entente.exported');
    check('exported actions sent', exported.length === 2 && exported[0].format === 'svg' && exported[1].format === 'png');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(outdir, 'export.svg'), svg);
    writeFileSync(join(outdir, 'export.png'), Buffer.from(png, 'base64'));

    // undo / redo keys
    await page.mouse.click(5, 300);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await page.waitForTimeout(300);
    check('undo/redo sent', (await kinds('glspUndo')).length === 1 && (await kinds('glspRedo')).length === 1);

    // direct edit: F2 on a selected state
    await page.mouse.click(box.x + 10, box.y + 10);
    await page.keyboard.press('F2');
    await page.waitForSelector('.label-edit input', { timeout: 5000 });
    await page.fill('.label-edit input', 'German Empire');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(2500);
    const edits = await kinds('applyLabelEdit');
    check('applyLabelEdit sent', edits.some(a => a.labelId === 'deu_name' && a.text === 'German Empire'), JSON.stringify(edits));

    await page.screenshot({ path: join(outdir, 'diagram-after.png') });
    check('no page errors', errors.length === 0, errors.join('\n'));

    // 3. server with client-side label layout (requestBounds -> computedBounds -> setModel), read-only page
    const mock2 = await startMockServer({ token: 'T2', clientLayout: true });
    try {
        const page2 = await context.newPage();
        const errors2 = [];
        page2.on('pageerror', e => errors2.push(String(e)));
        await page2.goto(`http://127.0.0.1:${mock2.port}/index.html?token=T2&uri=file:///tmp/demo.entente&readonly=true`);
        await page2.waitForFunction(() => window.ententeDiagram?.ready === true, null, { timeout: 20000 });
        const computed = mock2.received.find(a => a.kind === 'computedBounds');
        check('client layout: computedBounds sent', computed !== undefined && computed.bounds.some(b => b.elementId === 'gbr_name' && b.newPosition.x > 0));
        check('client layout: implicit major-power badges', (await page2.evaluate(() => window.ententeDiagram.count('.entente-implicit-badge'))) === 5);
        check('read-only: palette hidden', !(await page2.isVisible('.tool-palette')));
        await page2.screenshot({ path: join(outdir, 'client-layout-readonly.png') });
        check('client layout: no page errors', errors2.length === 0, errors2.join('\n'));
    } finally {
        mock2.server.close();
    }
} catch (error) {
    check('unexpected error', false, String(error?.stack ?? error));
} finally {
    await context.close();
    mock.server.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
