// End-to-end test of the diagram in Debian's Chromium (playwright-core, no browser download) against a running
// Entente diagram server. Driven by org.entente.diagram.tests.DiagramBrowserTest, which starts the server on a copy
// of the 2025 example and checks the file afterwards.
// Usage: node test/diagram-e2e.mjs URL OUTDIR
// Prints one line per check and, last, a JSON line with what it saw; exits non-zero when a check failed.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, outdir] = process.argv.slice(2);
if (!url || !outdir) {
    console.error('usage: node test/diagram-e2e.mjs URL OUTDIR');
    process.exit(2);
}
mkdirSync(outdir, { recursive: true });
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let failed = 0;
const seen = {};
function check(name, condition, detail = '') {
    console.log(`${condition ? 'ok  ' : 'FAIL'} ${name}${condition ? '' : ' ' + detail}`);
    if (!condition) {
        failed++;
    }
}

const context = await chromium.launchPersistentContext(join(tmpdir(), `entente-e2e-${process.pid}`), {
    executablePath, args, headless: true, viewport: { width: 1400, height: 900 }
});
const page = await context.newPage();
const errors = [];
page.on('pageerror', e => errors.push(String(e)));
const count = selector => page.evaluate(s => window.ententeDiagram.count(s), selector);
const revision = () => page.evaluate(() => Number(document.body.dataset.modelRevision ?? -1));
async function afterUpdate(action) {
    const before = await revision();
    await action();
    await page.waitForFunction(r => Number(document.body.dataset.modelRevision ?? -1) !== r, before, { timeout: 15000 });
    await page.waitForTimeout(300);
}
async function nodeCenter(text) {
    const box = await page.locator('g.entente-state', { has: page.locator(`text:text-is("${text}")`) }).first().boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
async function paletteTool(label) {
    await page.locator('.tool-palette .tool-button', { hasText: label }).first().click();
}

try {
    await page.goto(url);
    await page.waitForFunction(() => window.ententeDiagram?.ready === true, null, { timeout: 30000 });
    seen.states = await count('.entente-state');
    seen.alliances = await count('.entente-alliance');
    seen.ties = await count('.entente-tie');
    seen.year = await page.evaluate(() => window.ententeDiagram.year);
    check('the 2025 diagram rendered', seen.states > 10 && seen.alliances > 5, JSON.stringify(seen));
    await page.screenshot({ path: join(outdir, 'diagram-2025.png') });

    // The year slider: back to 2014, before the 2022 treaties.
    await afterUpdate(() => page.evaluate(() => {
        const slider = document.getElementById('entente-year');
        slider.value = '2014';
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        slider.dispatchEvent(new Event('change', { bubbles: true }));
    }));
    seen.yearAfterSlider = await page.evaluate(() => window.ententeDiagram.year);
    seen.alliances2014 = await count('.entente-alliance');
    seen.states2014 = await count('.entente-state');
    check('the slider moved the diagram to 2014', seen.yearAfterSlider === 2014, String(seen.yearAfterSlider));
    check('fewer alliances in 2014', seen.alliances2014 < seen.alliances, `${seen.alliances2014} vs ${seen.alliances}`);
    await page.screenshot({ path: join(outdir, 'diagram-2014.png') });

    // A new state from the palette, dropped on an empty spot.
    await paletteTool('State');
    const canvas = await page.locator('svg.sprotty-graph').first().boundingBox();
    // Bottom left: the palette floats top right.
    await afterUpdate(() => page.mouse.click(canvas.x + 80, canvas.y + canvas.height - 80));
    seen.statesAfterCreate = await count('.entente-state');
    check('the palette created a state', seen.statesAfterCreate === seen.states2014 + 1,
        `${seen.statesAfterCreate} vs ${seen.states2014}`);
    await page.screenshot({ path: join(outdir, 'diagram-created-state.png') });

    // A partnership tie from the new state to the United States.
    const tiesBefore = await count('.entente-tie');
    await paletteTool('Partnership');
    const from = await nodeCenter('NEW');
    const to = await nodeCenter('USA');
    await page.mouse.click(from.x, from.y);
    await afterUpdate(() => page.mouse.click(to.x, to.y));
    seen.tiesAfterCreate = await count('.entente-tie');
    check('the palette created a tie', seen.tiesAfterCreate === tiesBefore + 1, `${seen.tiesAfterCreate} vs ${tiesBefore}`);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: join(outdir, 'diagram-created-tie.png') });

    // A filter: hide partnership ties.
    seen.partnershipsBefore = await count('.tie-partnership');
    await page.click('#entente-filters input[data-filter="tie.partnership"]');
    await page.waitForFunction(() => window.ententeDiagram.count('.tie-partnership') === 0, null, { timeout: 15000 })
        .catch(() => {});
    seen.partnershipsHidden = await count('.tie-partnership');
    check('the filter hid the partnership ties', seen.partnershipsBefore > 0 && seen.partnershipsHidden === 0,
        `${seen.partnershipsBefore} -> ${seen.partnershipsHidden}`);
    await page.screenshot({ path: join(outdir, 'diagram-filtered.png') });
    // Exports go to the host (here the test, which checks the files).
    const svg = await page.evaluate(() => window.ententeExport('svg'));
    const png = await page.evaluate(() => window.ententeExport('png'));
    check('exported SVG and PNG', svg.includes('<svg') && png.length > 1000, `${svg.length} / ${png.length}`);
    // A large message is still leaving the socket when the promise resolves: give it time before the page closes.
    await page.waitForTimeout(3000);
    check('no errors in the page', errors.length === 0, errors.join('\n'));
} catch (e) {
    check('the scenario ran to the end', false, String(e?.stack ?? e));
    await page.screenshot({ path: join(outdir, 'diagram-failure.png') }).catch(() => {});
} finally {
    await context.close();
}
console.log(JSON.stringify(seen));
process.exit(failed === 0 ? 0 : 1);
