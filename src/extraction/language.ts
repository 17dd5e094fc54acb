/** The page's declared language: <html lang>, else og:locale, else the content-language meta. */
export function declaredLanguage(
  doc: Document,
  tags: ReadonlyMap<string, string>,
): string | undefined {
  const raw =
    doc.documentElement.getAttribute('lang') ??
    tags.get('og:locale') ??
    tags.get('content-language');
  // og:locale writes fr_FR; a content-language header may list several, the first is the main.
  const tag = raw?.split(',')[0]?.trim().replace(/_/g, '-');
  return tag || undefined;
}

export const isEnglish = (lang: string): boolean => /^en(-|$)/i.test(lang);

/** A few of each language's commonest words; enough to tell them apart in a page of prose. */
const STOPWORDS: Record<string, string[]> = {
  en: 'the of and to a in is that for it was on with as by at he she said from his her they have has be are were this an not but or which who will been their'.split(' '),
  fr: 'le la les des du un une et est que qui dans pour pas sur au aux par il elle ont été ce cette avec sont mais ou'.split(' '),
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es wird wurde sie er nach bei'.split(' '),
  es: 'el los las del y que en un una por con para es se su al lo como más pero sus fue ha'.split(' '),
  it: 'il di che e la per un una non sono gli del della con le si da nel alla ha è anche dei'.split(' '),
  pt: 'o os as do da dos das e que em um uma para com não no na por se é foi ao mais'.split(' '),
  nl: 'de het een en van is dat op te zijn niet met voor hij ze er aan ook werd bij maar'.split(' '),
}; // prettier-ignore

const SAMPLE_WORDS = 2000;

/**
 * Whether text with no declared language reads as English, by the share of English stopwords
 * among its first words (English prose has well over a fifth), and if not, the language whose
 * stopwords are commonest, when they are common enough to say.
 */
export function guessLanguage(paragraphs: readonly string[]): { english: boolean; lang?: string } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const paragraph of paragraphs) {
    for (const word of paragraph.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (++total > SAMPLE_WORDS) break;
      for (const [lang, words] of Object.entries(STOPWORDS)) {
        if (words.includes(word)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      }
    }
    if (total > SAMPLE_WORDS) break;
  }
  if (total === 0 || (counts.get('en') ?? 0) / total >= 0.2) return { english: true };
  const [lang, hits] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  return hits / total >= 0.15 ? { english: false, lang } : { english: false };
}
