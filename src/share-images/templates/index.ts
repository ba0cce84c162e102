/** One template per kind of page; each is a function from its props to an element tree. */
import type { ShareImageProps } from "../../lib/share-image-props.ts";
import type { OgElement } from "../element.ts";
import { brandImage } from "./brand.ts";
import { caseImage } from "./case.ts";
import { defaultImage } from "./default.ts";
import { dossierImage } from "./dossier.ts";
import { homeImage } from "./home.ts";
import { outageImage } from "./outage.ts";
import { sectionImage } from "./section.ts";

export function template(props: ShareImageProps): OgElement {
  switch (props.template) {
    case "outage":
      return outageImage(props);
    case "case":
      return caseImage(props);
    case "dossier":
      return dossierImage(props);
    case "brand":
      return brandImage(props);
    case "section":
      return sectionImage(props);
    case "home":
      return homeImage(props);
    case "default":
      return defaultImage(props);
  }
}
