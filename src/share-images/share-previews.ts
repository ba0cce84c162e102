/**
 * Every page that has a share image, for the preview page of `astro dev` (`/anteprima/`).
 * The preview page reads only this list, so it follows whatever pages the share images cover.
 */
import {
  HOME_IMAGE,
  entryImageSlug,
  sectionImageSlug,
  shareImagePath,
} from "./share-image-urls.ts";
import { SECTION_LABELS } from "../content-model/labels.ts";
import { publicationNotice } from "../content-model/publishing.ts";
import { entryPath, sectionPath, sitePath, type Section } from "../content-model/urls.ts";
import { site } from "../site.config.ts";
import { getCatalog } from "../catalog/loaded-catalog.ts";

export interface SharePreview {
  /** The page, as readers reach it. */
  pageUrl: string;
  /** Its share image, at the URL it has in production. */
  imageUrl: string;
  title: string;
  /** Why readers cannot see the page yet (draft, scheduled), if so. */
  notice?: string;
}

export async function sharePreviews(now = new Date()): Promise<SharePreview[]> {
  const catalog = await getCatalog();
  const previews: SharePreview[] = [
    { pageUrl: sitePath("/"), imageUrl: shareImagePath(HOME_IMAGE), title: site.name },
    ...(Object.keys(SECTION_LABELS) as Section[]).map((section) => ({
      pageUrl: sectionPath(section),
      imageUrl: shareImagePath(sectionImageSlug(section)),
      title: SECTION_LABELS[section],
    })),
  ];
  for (const section of ["outages", "cases", "dossier"] as const) {
    for (const entry of catalog[section].values()) {
      previews.push({
        pageUrl: entryPath(section, entry.id),
        imageUrl: shareImagePath(entryImageSlug(section, entry.id)),
        title: entry.data.title,
        notice: publicationNotice(entry.data, now),
      });
    }
  }
  for (const brand of catalog.brands.values()) {
    previews.push({
      pageUrl: entryPath("brands", brand.id),
      imageUrl: shareImagePath(entryImageSlug("brands", brand.id)),
      title: brand.data.name,
    });
  }
  return previews;
}
