/** `/dati/<section>.csv` (`src/open-data/data-files.ts`, the rules in `src/open-data/csv.ts`). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCatalog } from "../../catalog/loaded-catalog.ts";
import { DATA_FILES, dataCsv, type DataFile } from "../../open-data/data-files.ts";

export const getStaticPaths = (() =>
  DATA_FILES.map((file) => ({
    params: { file: file.name },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = async ({ props }) =>
  new Response(dataCsv(await getCatalog(), props.file), {
    headers: { "Content-Type": "text/csv; charset=utf-8; header=present" },
  });
