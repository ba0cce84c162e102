/** AstroPaper's recipe: one satori layout per page, rasterised by resvg, at build time. */
import type { APIRoute } from "astro";
import { Resvg } from "@resvg/resvg-js";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import satori from "satori";
import { allArticles } from "../../../articles";

const require = createRequire(`${process.cwd()}/`);
const font = (weight: number) =>
  readFileSync(
    require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`),
  );
const fonts = [
  { name: "Source Serif 4", data: font(400), weight: 400 as const, style: "normal" as const },
  { name: "Source Serif 4", data: font(700), weight: 700 as const, style: "normal" as const },
];

export async function getStaticPaths() {
  return (await allArticles()).map((entry) => ({
    params: { collection: entry.collection, slug: entry.id },
    props: { title: entry.data.title as string, description: entry.data.description as string },
  }));
}

export const GET: APIRoute = async ({ props }) => {
  const svg = await satori(
    {
      type: "div",
      key: null,
      props: {
        style: {
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: 64,
          background: "#0b0b0c",
          color: "#f4f1ea",
          fontFamily: "Source Serif 4",
        },
        children: [
          {
            type: "div",
            key: "t",
            props: { style: { fontSize: 60, fontWeight: 700 }, children: props.title },
          },
          {
            type: "div",
            key: "d",
            props: { style: { fontSize: 28 }, children: props.description },
          },
        ],
      },
    },
    { width: 1200, height: 630, fonts },
  );
  const png = new Resvg(svg).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
