/**
 * What each kind of share image shows: every value is already text, ready to draw, so the
 * templates (src/share-images/templates/) hold no label and the props alone decide the pixels
 * (they are the image's cache key, with the template source).
 */

export interface BrandMark {
  name: string;
  /** `#rrggbb` */
  color: string;
}

interface Common {
  siteName: string;
}

/** An article's or a brand's image: the small line above the headline names its kind. */
interface Kicker {
  /** `Blackout`, `Instant marketing`, `Dossier`, `Marchio` */
  kicker: string;
}

export type ShareImageProps = Common &
  (
    | (Kicker & {
        template: "outage";
        title: string;
        hashtag: string;
        brand: BrandMark;
        when: string;
      })
    | (Kicker & {
        template: "case";
        title: string;
        brand: BrandMark;
        platform: string;
        /** What the post answered: `Risponde a Netflix`, `In risposta a #Instagramdown`, `Lo spunto: …`. */
        trigger: string;
        when: string;
      })
    | (Kicker & { template: "dossier"; title: string; brands: BrandMark[]; when: string })
    | (Kicker & { template: "brand"; name: string; color: string; kind: string; tally: string })
    | { template: "section"; title: string; standfirst: string; tally: string; brands: BrandMark[] }
    | {
        template: "home";
        title: string;
        tagline: string;
        tally: string;
        brands: BrandMark[];
        /** `schermonero.it` */
        address: string;
      }
    | {
        template: "default";
        title: string;
        tagline: string;
        /** The sections, in the order of the navigation. */
        sections: string;
        address: string;
      }
  );

export type PropsOf<T extends ShareImageProps["template"]> = Extract<
  ShareImageProps,
  { template: T }
>;

export interface ShareImage {
  slug: string;
  props: ShareImageProps;
  /** `og:image:alt`: what the image says, in words. */
  alt: string;
  /** The file behind the page, named in build messages about the image. */
  source: string;
}

/** `og:image:alt` for an image: its text, in reading order. */
export function shareImageAlt(props: ShareImageProps): string {
  const parts = ((): string[] => {
    switch (props.template) {
      case "outage":
        return [`${props.kicker} ${props.hashtag}, ${props.brand.name}`, props.title, props.when];
      case "case":
        return [
          `${props.kicker}: ${props.brand.name} su ${props.platform}`,
          props.title,
          props.trigger,
          props.when,
        ];
      case "dossier":
        return [props.kicker, props.title, props.when];
      case "brand":
        return [`${props.kicker}: ${props.name}`, props.kind, props.tally];
      case "section":
        return [props.title, props.standfirst, props.tally];
      case "home":
      case "default":
        return [props.title, props.tagline, ...(props.template === "home" ? [props.tally] : [])];
    }
  })();
  if (props.template !== "home" && props.template !== "default") parts.push(props.siteName);
  return parts
    .map((part) => part.trim().replace(/:$/, ""))
    .filter(Boolean)
    .map((part) => (/[.!?…»”]$/.test(part) ? part : `${part}.`))
    .join(" ");
}
