/**
 * What a reconstruction of an outage draws, read from what the sources say users saw (the
 * outage's `symptoms`) and from the kind of service: a player for streaming, a feed for a
 * social network (or its login screen, when the first thing users met was a door that would
 * not open), the channels for a broadcaster, a black screen otherwise. It never puts on
 * screen a word the symptoms do not hold: an error code is drawn only when a symptom quotes
 * it, channels only when a symptom names them.
 */

export type Scene = "player" | "feed" | "login" | "channels" | "screen";

export interface Reconstruction {
  scene: Scene;
  /** The error a symptom quotes, as it appeared: `HTTP ERROR 504`. */
  error?: string;
  /** The brand's channels a symptom names, in its order: `Rai1`, `Rai2`, `Rai3`. */
  channels: string[];
}

const SCENES: Record<string, Scene> = {
  streaming: "player",
  broadcaster: "channels",
};

/** A symptom about getting in (`impossibile accedere al proprio profilo`), not about a feed. */
const NO_ACCESS = /\b(?:acced|access|login|entrare)/i;
const FEED = /\bfeed\b/i;

/** A social network's screen: the login when the first symptom about a screen is about getting in. */
const socialScene = (symptoms: readonly string[]): Scene => {
  const first = symptoms.find((symptom) => NO_ACCESS.test(symptom) || FEED.test(symptom));
  return first && NO_ACCESS.test(first) ? "login" : "feed";
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
  const scene = kind === "social" ? socialScene(symptoms) : (SCENES[kind] ?? "screen");
  const channel = new RegExp(`\\b${escape(brand)} ?\\d\\b`, "g");
  const channels = scene === "channels" && brand ? [...new Set(text.match(channel) ?? [])] : [];
  return { scene, error, channels };
}

/** The words a symptom quotes between «guillemets», as they appeared on screen. */
export function quotedMessages(symptom: string): string[] {
  return [...symptom.matchAll(/«([^»]+)»/g)].map((match) => match[1].trim());
}

/**
 * What one service's screen showed, as a symptom that names the service says it:
 * - `message`: the words it quotes («Sorry, something went wrong»), alternatives in order;
 * - `pending`: messages stuck on the clock icon, never sent;
 * - `feed`: a feed that would not load or refresh.
 */
export type ServiceScreen =
  | { service: string; show: "message"; messages: string[] }
  | { service: string; show: "pending" }
  | { service: string; show: "feed" };

const names = (service: string) => new RegExp(`\\b${escape(service)}\\b`, "i");

/**
 * One screen per service a symptom names, in the order of `services`, for an outage that
 * took down several at once. A service no symptom describes gets no screen: the picture
 * shows only what the sources say someone saw.
 */
export function serviceScreens(
  services: readonly string[],
  symptoms: readonly string[],
): ServiceScreen[] {
  return services.flatMap((service): ServiceScreen[] => {
    const about = symptoms.filter((symptom) => names(service).test(symptom));
    const messages = about.flatMap(quotedMessages);
    if (messages.length > 0) return [{ service, show: "message", messages }];
    if (about.some((symptom) => /orologio|non part|non arriv/i.test(symptom)))
      return [{ service, show: "pending" }];
    if (about.some((symptom) => FEED.test(symptom))) return [{ service, show: "feed" }];
    return [];
  });
}
