// Times the diagram from navigation to rendered model in Debian's Chromium, over fresh pages.
// Usage: node test/diagram-bench.mjs URL RUNS   Prints the times in ms as a JSON array on its last line.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const context = await chromium.launchPersistentContext(join(tmpdir(), `entente-bench-${process.pid}`), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const times = [];
try {
    for (let run = 0; run < runs; run++) {
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(url);
        await page.waitForFunction(() => window.ententeDiagram?.ready === true, null, { timeout: 60000, polling: 'raf' });
        times.push(Math.round(performance.now() - start));
        await page.close();
    }
} finally {
    await context.close();
}
console.log(JSON.stringify(times));
