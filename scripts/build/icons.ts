/**
 * Renders public/icons/icon.svg to the PNG sizes the manifests use. Run after editing the SVG and commit the
 * PNGs (`npx tsx scripts/build/icons.ts`); builds only copy them, so they need no browser.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_PATH } from "./browsers";

const ICON_SIZES = [16, 32, 48, 128] as const;
const iconsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../public/icons");

async function main(): Promise<void> {
  const svg = await readFile(path.join(iconsDir, "icon.svg"), "utf8");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
      );
      const file = path.join(iconsDir, `icon-${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`icons: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
