#!/usr/bin/env node
// Renders every icon the installers and the tray need from the vector sources:
//   resources/icon.svg -> icon.png (1024), icons/NxN.png (Linux), icon.ico (Windows), icon.icns (macOS)
//   resources/tray.svg -> tray/trayTemplate.png + @2x (macOS menu bar), tray/tray.png (Windows, Linux)
// Runs offline (sharp ships its renderer as a prebuilt binary); the outputs are committed so that
// packaging needs nothing but electron-builder. Run again after changing an SVG: npm run icons
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const resources = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');

async function render(svgFile, size) {
  const svg = await readFile(join(resources, svgFile));
  // Rendered at a density that gives the wanted size directly, so small sizes stay sharp.
  return sharp(svg, { density: Math.max(72, (72 * size) / 512) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** Windows .ico holding PNG images (supported since Windows Vista). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, data } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

/** macOS .icns with PNG payloads, one entry per type code. */
function icns(entries) {
  const chunks = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

async function write(relative, data) {
  const file = join(resources, relative);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, data);
  console.log(`${relative} (${data.length} bytes)`);
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const png = new Map();
for (const size of sizes) png.set(size, await render('icon.svg', size));

await write('icon.png', png.get(1024));
for (const size of sizes) await write(`icons/${size}x${size}.png`, png.get(size));
await write('icon.ico', ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: png.get(size) }))));
await write(
  'icon.icns',
  icns([
    { type: 'icp4', data: png.get(16) },
    { type: 'icp5', data: png.get(32) },
    { type: 'icp6', data: png.get(64) },
    { type: 'ic07', data: png.get(128) },
    { type: 'ic08', data: png.get(256) },
    { type: 'ic09', data: png.get(512) },
    { type: 'ic10', data: png.get(1024) },
    { type: 'ic11', data: png.get(32) },
    { type: 'ic12', data: png.get(64) },
    { type: 'ic13', data: png.get(256) },
    { type: 'ic14', data: png.get(512) },
  ]),
);
await write('tray/trayTemplate.png', await render('tray.svg', 16));
await write('tray/trayTemplate@2x.png', await render('tray.svg', 32));
await write('tray/tray.png', await render('icon.svg', 32));
