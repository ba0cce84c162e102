import sharp from "sharp";
const [,, file, out, top, height] = process.argv;
const img = sharp(file);
const { width, height: h } = await img.metadata();
const t = Number(top); const hh = Math.min(Number(height), h - t);
await sharp(file).extract({ left: 0, top: t, width, height: hh }).toFile(out);
