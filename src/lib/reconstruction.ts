/**
 * What a reconstruction of an outage draws, read from what the sources say users saw (the
 * outage's `symptoms`) and from the kind of service: a player for streaming, a feed for a
 * social network, the channels for a broadcaster, a black screen otherwise. It never puts on
 * screen a word the symptoms do not hold: an error code is drawn only when a symptom quotes
 * it, channels only when a symptom names them.
 */

export type Scene = "player" | "feed" | "channels" | "screen";

export interface Reconstruction {
  scene: Scene;
  /** The error a symptom quotes, as it appeared: `HTTP ERROR 504`. */
  error?: string;
  /** The brand's channels a symptom names, in its order: `Rai1`, `Rai2`, `Rai3`. */
  channels: string[];
}

const SCENES: Record<string, Scene> = {
  streaming: "player",
  social: "feed",
  broadcaster: "channels",
};

/** An error code in capitals as a screen shows it (`HTTP ERROR 504`, `ERROR 503`). */
const ERROR = /\b(?:HTTP )?ERROR \d{3}\b/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * @param kind the brand's kind (`streaming`, `social`, `broadcaster`, `other`)
 * @param brand the brand's name: a channel is the name and a number (`Rai1`, `Rai 2`), so a
 *   programme the symptoms mention (`Tg1`) is not drawn as a channel
 */
export function reconstructionOf(
  kind: string,
  symptoms: readonly string[],
  brand = "",
): Reconstruction {
  const text = symptoms.join(" · ");
  const error = ERROR.exec(text)?.[0];
  const scene = SCENES[kind] ?? "screen";
  const channel = new RegExp(`\\b${escape(brand)} ?\\d\\b`, "g");
  const channels = scene === "channels" && brand ? [...new Set(text.match(channel) ?? [])] : [];
  return { scene, error, channels };
}
