/**
 * Links that share a page through each network's own "share" address: plain links, so no
 * third-party script is ever loaded and they work without JavaScript.
 */
export interface ShareLink {
  id: "x" | "facebook" | "linkedin" | "whatsapp" | "email";
  /** The visible text, in Italian. */
  label: string;
  href: string;
}

const enc = encodeURIComponent;

export function shareLinks(page: { url: string; title: string }): ShareLink[] {
  const { url, title } = page;
  return [
    {
      id: "x",
      label: "X (Twitter)",
      href: `https://twitter.com/intent/tweet?url=${enc(url)}&text=${enc(title)}`,
    },
    {
      id: "facebook",
      label: "Facebook",
      href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
    },
    {
      id: "linkedin",
      label: "LinkedIn",
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`,
    },
    { id: "whatsapp", label: "WhatsApp", href: `https://wa.me/?text=${enc(`${title} ${url}`)}` },
    // mailto wants %20 for spaces, which encodeURIComponent gives and URLSearchParams does not.
    {
      id: "email",
      label: "E-mail",
      href: `mailto:?subject=${enc(title)}&body=${enc(`${title}\n\n${url}`)}`,
    },
  ];
}
