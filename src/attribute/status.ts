/** Whether a figure is an outcome, a goal or a prediction, and which way trade or freight flows. */
import type { Direction, FigureStatus } from "../types.js";

// "Leaders agreed to lift trade to $150 billion", "committed to raise": a goal set together.
const TARGET = /\b(?:target(?:s|ed)?|goal|shall|aims?|aimed|aiming|plans?|planned|planning|hopes?|hoped|hoping|intends?|intended|seeks?|seeking|wants?|pledged?|ambition|would\s+like|strives?|tasks?(?!\s+force)|tasked|instructed|instructs?|(?:agreed|agree|agrees|committed|vowed)\b[^.;]{0,60}?\bto\s+(?:lift|raise|increase|boost|bring|double|triple|expand|grow|reach))\b/i;
const MODAL = /\b(?:will|could|may|might|would|should)\b/;
const FORECAST = /\b(?:expected|expects?|projected|projections?|forecasts?|forecasted|predicted|predicts?|is\s+set\s+to|are\s+set\s+to|(?:is|are)\s+(?:due\s+)?to\s+(?!date\b)|poised|likely|to\s+be\s+(?:built|followed|launched|completed|opened)|next\s+year|estimated\s+to|guess(?:es)?|guidance|assumes?|assuming|assumptions?|baseline|scenario|on\s+(?:course|track|pace)\s+(?:for|to)|sees?\s+(?:[^.;]{0,60}?\s)?(?:rising|falling|growing|reaching|declining|increasing|slowing)|(?:is|are)\s+seen\s+(?:at|to|rising|falling|reaching|growing|hitting))\b/i;

/** A headline's future: "CNPC to invest $1.2 bln", "Trade to reach $40 billion" (headlines drop "is"). */
// Not after "agrees to", "agreed to": "CITIC agrees to buy stake … for $1.2 bln" reports a deal made.
const HEADLINE_FUTURE = /(?<!\bagree(?:s|d)?\s)\bto\s+(?:invest|build|construct|supply|ship|export|import|boost|raise|increase|double|triple|reach|launch|open|spend|lend|allocate|expand|grow|rise|hit|top|exceed|buy|acquire|develop|create|finance|fund|provide)\b/;

const AGAINST_PLAN_SOURCE = String.raw`\b(?:than|as)\s+(?:(?:previously|originally|initially)\s+)?(?:planned|expected|forecast|projected|targeted|anticipated|estimated)\b`;
const AGAINST_PLAN = new RegExp(AGAINST_PLAN_SOURCE, "i");
const AGAINST_PLAN_ALL = new RegExp(AGAINST_PLAN_SOURCE, "gi");

/** @param headline the text is a headline or section heading, where "to invest" means "will invest" */
export function statusOf(text: string, headline = false): FigureStatus {
  // "11.3% more than planned", "rose 5%, as expected": an outcome measured against a plan is still an outcome.
  if (AGAINST_PLAN.test(text)) text = text.replace(AGAINST_PLAN_ALL, "");
  if (TARGET.test(text)) return "target";
  if (FORECAST.test(text) || MODAL.test(text) || (headline && HEADLINE_FUTURE.test(text))) return "forecast";
  return "actual";
}

// One word boundary before the alternatives that need one: faster than a boundary before each.
// Not a trade's description: "a re-export hub" names no flow of its figure ("re-exports to Russia" do).
const EXPORT = /\b(?:(?<!re-)export(?:s|ed|ing)?\b|re-export(?:s|ed|ing)\b|outbound\b|(?:ship(?:s|ped|ping)?|supplied|sends?|sent)\s(?:(?:[^.;]|\.(?=\d)){0,60}?\s)?to\b|supplies\s+to\b)|\p{L}-bound\b/iu;
const IMPORT = /\b(?:import(?:s|ed|ing)?\b|inbound\b|purchases?\s+from\b)/i;
/** Goods sold to a country, bought from one: a name follows (case matters: not "sold $1.1 billion"); or an amount of goods bought ("bought $2.1bn of Chinese machinery"). */
const SOLD_TO = /\b[Ss]old\s+(?:to\s+)?\p{Lu}/u;
const BOUGHT_FROM = /\b[Bb]ought\s+from\s+\p{Lu}|\b(?:[Bb]ought|[Pp]urchased)\s+(?:about\s+|some\s+|nearly\s+|over\s+)?(?:US\$|\$|€|£)?\d[\d.,]*\s*(?:bn|mn|m|billion|million)?\s+(?:worth\s+)?of\s+\p{L}/u;

export function directionOf(text: string): Direction | null {
  // Most clauses name no flow: a plain substring test settles them before the regexes run.
  if (!/port|-bound|bound\b|ship|suppl|purchas|sold|bought|\bsen[dt]/i.test(text)) return null;
  const ex = EXPORT.test(text) || SOLD_TO.test(text);
  const im = IMPORT.test(text) || BOUGHT_FROM.test(text);
  if (ex && !im) return "export";
  if (im && !ex) return "import";
  return null;
}
