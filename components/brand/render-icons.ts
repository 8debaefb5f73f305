/**
 * `npm run icons`: renders tally.svg (the project's own drawing) to the PNG sizes the
 * manifests need. The PNGs are committed, so a build never needs this script.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../../public/icon');
const svg = readFileSync(join(here, 'tally.svg'), 'utf8');
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(out, `${size}.png`), png);
  console.log(`public/icon/${size}.png (${png.length} bytes)`);
}
