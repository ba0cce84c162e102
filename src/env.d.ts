interface ImportMetaEnv {
  /** True under `astro dev` only: drafts and scheduled pages render there, with a banner, and nowhere else. */
  readonly SHOW_DRAFTS: boolean;
}
