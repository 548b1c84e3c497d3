/**
 * What is on the page but not part of the article. Two levels: elements (captions, share bars, hidden
 * boxes) and whole paragraphs whose wording gives them away as furniture (bylines, "Editing by" lines).
 */
import { NEVER_TEXT_TAGS, tagOf } from "./dom";
import { docGet } from "./safeDom";

/** Tags whose content is page furniture when it sits inside the article. */
const FURNITURE_TAGS = new Set(["figcaption", "nav", "aside", "footer", "button", "form", "menu", "dialog"]);

/**
 * Class or id words of furniture ("hovercard": a name's card of related stories, hidden until the pointer rests on
 * the name, which a saved page's DOM cannot tell is hidden). Matched as whole words of the attribute (split at
 * space, "-" and "_"), so "ad" matches "ad-slot" but not "lead", and "share" matches "share-bar" but not "shared".
 */
const FURNITURE_WORD =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|byline|bylines|dateline|share|sharing|sharetools|social|related|newsletter|promo|advert|advertisement|ad|ads|adslot|sponsor|sponsored|comment|comments|subscribe|subscription|breadcrumb|breadcrumbs|toolbar|sr|visually|visuallyhidden|offscreen|screenreader|paywall|recirc|outbrain|taboola|disqus|hovercard)(?:$|[\s_-])/i;

/**
 * The card itself of a name's rollover ("rollover-people-block", "rollover-block"), not the wrapper that holds the
 * name's link too ("rollover-people").
 */
const ROLLOVER_CARD = /(?:^|\s)rollover(?:-[\w]+)*-block(?:$|\s)/i;

const STATE_PREFIX = /^(?:no|has|with|without|is|show|hide|enable|enabled|disable|disabled)[-_]/i;

/** Screen-reader-only text is visible to the DOM but not to readers. */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|a11y-hidden|element-invisible)(?:$|\s)/i;

export function isNeverText(el: Element): boolean {
  return NEVER_TEXT_TAGS.has(tagOf(el));
}

/** Hidden by attribute, inline style, or (on a live page that can tell) by the page's stylesheets. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  const style = el.getAttribute("style");
  if (style && /(?:^|;)\s*display\s*:\s*none/i.test(style)) return true;
  const cls = el.getAttribute("class");
  if (cls && SCREEN_READER_ONLY.test(cls)) return true;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  // Only a rendered page knows its stylesheets; server-side DOMs either lack the method or cannot lay out.
  // Plain checkVisibility() (display: none, content-visibility: hidden): "visibility: hidden" is left out
  // because reveal-on-scroll scripts use it for paragraphs the reader will see.
  if (typeof check === "function" && (el.ownerDocument && docGet(el.ownerDocument, "defaultView"))?.innerWidth) {
    try {
      return !check.call(el);
    } catch {
      return false;
    }
  }
  return false;
}

/** True for elements that look like furniture by tag, role, class or id (size is judged by the caller). */
export function looksLikeFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute("role");
  if (role && /^(?:navigation|complementary|contentinfo|banner|toolbar|menu|search|dialog)$/i.test(role)) return true;
  if (ROLLOVER_CARD.test(el.getAttribute("class") ?? "")) return true;
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.split(/\s+/);
  // "no_caption", "has-share" describe a box that holds content, not the furniture itself.
  if (names.some((name) => !STATE_PREFIX.test(name) && FURNITURE_WORD.test(name))) return true;
  const itemprop = el.getAttribute("itemprop");
  if (itemprop && /^(?:author|caption|copyrightHolder|creditText)$/i.test(itemprop)) return true;
  const rel = el.getAttribute("rel");
  return !!rel && /\bauthor\b/i.test(rel);
}

/** Lines that credit the article's makers rather than tell its story. */
const CREDIT_LINE =
  /^\(?\s*(?:additional\s+|extra\s+)?(?:reporting|editing|writing|edited|written|compiled|produced|research|researched|graphics?|photos?|photographs?|photography|illustrations?|video|design|translated|translation|interviews?)(?:\s+(?:and|&)\s+[a-z]+)?\s+by\b/i;
const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{Lu}/u;
/** "2/26/2015 7:11 AM PST BY TMZ STAFF", "Updated 9:14 a.m. | By Ann Lee": a timestamp with a byline. */
const DATED_BYLINE = /\d{1,2}[:/.]\d{2}.*\bby\s+\p{Lu}|\bby\s+\p{Lu}.*\d{1,2}[:/.]\d{2}/iu;
const PHOTO_CREDIT =
  /^(?:image|photo|picture|video|graphic|illustration|photograph)s?\s*(?:credit|copyright|caption|source)?\s*[:©|]|^(?:image\s+(?:copyright|caption)|getty\s+images|©|\(c\)\s|copyright\s+©?\s*\d{4}|credit\s*:)/i;
const FURNITURE_LINE =
  /^(?:advertisement|advertising|sponsored(?: content)?|continue reading(?: the main story)?|story continues below(?: advertisement)?|discussion about this post|share(?: this(?: article| story| post)?)?(?: on \w+)?|tweet|email|print|comments?|read more|see also|related(?: articles?| stories| coverage| content)?|more from [\w ]+|recommended(?: for you)?|subscribe(?: now)?|sign up(?: now)?|follow us(?: on \w+)?|skip (?:to )?(?:main )?content|back to top|loading(?:\.\.\.|…)?)[\s.:!»›>|]*$/i;
const LINK_LIST_LINE = /^(?:read more|see also|related|more|recommended|also read|watch|listen)\s*[:»›|]/i;

/** True for a whole paragraph that is a byline, a credit, a photo credit or a piece of page furniture. */
export function isFurnitureParagraph(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (FURNITURE_LINE.test(text)) return true;
  if (words <= 40 && CREDIT_LINE.test(text)) return true;
  if (words <= 12 && BYLINE.test(text) && !/[.!?]["”’]?$/.test(text.replace(/\b(?:[A-Z]|Jr|Sr|Dr)\.$/, ""))) return true;
  if (words <= 14 && DATED_BYLINE.test(text) && !/["“”]/.test(text)) return true;
  if (words <= 40 && PHOTO_CREDIT.test(text)) return true;
  if (words <= 25 && LINK_LIST_LINE.test(text)) return true;
  return false;
}
