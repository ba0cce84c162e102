/**
 * `/dati/<section>.json` and its schema, `/dati/<section>.schema.json`
 * (`src/open-data/data-files.ts`).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCatalog } from "../../catalog/loaded-catalog.ts";
import { DATA_FILES, dataJson, schemaJson, type DataFile } from "../../open-data/data-files.ts";

export const getStaticPaths = (() =>
  DATA_FILES.flatMap((file) => [
    { params: { file: file.name }, props: { file, schema: false } },
    { params: { file: `${file.name}.schema` }, props: { file, schema: true } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile; schema: boolean }> = async ({ props }) => {
  const body = props.schema ? schemaJson(props.file) : dataJson(await getCatalog(), props.file);
  const type = props.schema ? "application/schema+json" : "application/json";
  return new Response(body, { headers: { "Content-Type": `${type}; charset=utf-8` } });
};
