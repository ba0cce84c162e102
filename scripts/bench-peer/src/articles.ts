import { getCollection } from "astro:content";

export async function allArticles() {
  return [
    ...(await getCollection("outages")),
    ...(await getCollection("cases")),
    ...(await getCollection("dossier")),
  ];
}
