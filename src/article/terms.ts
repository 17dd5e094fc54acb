// The article's key terms: what the extension highlights on other pages, and what the hover card
// says about each. Ground rules (checked by validatePack and test/unit/article):
//
// - Facts never go beyond the article. Every fact carries the article's own words as excerpts,
//   verbatim (src/article/validate.ts: normaliseForGrounding), and names the paragraph they are in.
// - The card quotes a fact's first excerpt; it never restates it in other words. A fact without
//   `attribution` is the article's own claim, shown as "The article says: “…”". A fact the
//   article attributes to someone ("sources told the Wall Street Journal", "The U.S. ambassador
//   to China … claimed", Janet Yellen's quoted words) carries that attribution and is shown as
//   "<attribution>: “…”" (without the framing when the quote itself names the source).
// - Relative times ("last month") get a `when` resolved against the article's date (July 24, 2023)
//   by src/article/relative-time.ts; the card gives it once, after the phrase, outside the quote.
// - Each term's `lead` is the fact its card quotes first: the one that says most about the term
//   in a few lines (a first view of at most 280 px at 1280×800). Its `summary` says in one short
//   line who or what the term is as of the article's date, without restating the lead.
// - Aliases are whole-word phrases. Possessives need nothing ("Congress" finds "Congress’s"). The
//   matcher adds the regular plural to lower-case (`common`) aliases only, so those are singular
//   ("precursor" also finds "precursors"), while capitalised aliases are listed in each form pages
//   use ("Uyghur", "Uyghurs", "Uyghur Muslims"). `inArticle: false` marks a well-known name for
//   the same thing, or a form of it, that the article itself never uses ("Entity List", "Uighur").
// - Job titles ("Secretary of State", "Treasury Secretary", "climate envoy", "ambassador to
//   China") name whoever held them in July 2023; years later they name someone else, so they are
//   context and the summaries say "at the time of the article". A title that is an alias of a
//   person is `title: true`: a mention only with the person's name after it ("Secretary of State
//   Antony Blinken"), since alone it names the office ("the Secretary of the Treasury, the
//   Secretary of State, and the Administrator") or whoever holds it on the page's date.
// - Every term, and any alias that differs from it, has a tier: `anchor` (rare on ordinary pages
//   and specific to the story: highlighted wherever it appears) or `context` (common on ordinary
//   pages, or an everyday word: highlighted only in passages with an anchor). The tiers follow
//   tier-evidence.json: on how many pages of two corpora of ordinary pages each alias is, one of
//   every kind and year, one of the story's own time and beat (State Department releases of
//   2021-22 about other things). An anchor is on at most 1% of the pages of each;
//   test/unit/article/tiers.test.ts fails when a term or alias has no evidence, or an anchor is
//   common.
//
// Not a term: "Getty Images". It is the photo credit in the caption, not a subject of the article,
// and photo credits are on countless pages: highlighting it would be noise with nothing to say.
// The article does not name its own outlet; nothing here names one. The Wall Street Journal is a
// term because the article cites it as its source.
import type { Excerpt, Fact, Term } from './schema';

/** Excerpts of the article, verbatim, by paragraph (see parseArticle: 0 is the headline). */
const X = {
  headline: {
    text: 'Biden Admin Weighs Dropping Sanctions on China in Exchange for Fentanyl Cooperation',
    paragraph: 0,
  },
  caption: { text: 'A DEA agent checks pills containing fentanyl', paragraph: 1 },
  lede: {
    text: 'The Biden administration may drop sanctions on a Chinese police forensics institute, allowing it access to U.S. technology, to entice China to cooperate in fighting the fentanyl crisis, sources told the Wall Street Journal.',
    paragraph: 3,
  },
  blinken: {
    text: 'Secretary of State Antony Blinken during his diplomatic visit to Beijing last month suggested China and the United States create a working group to combat fentanyl.',
    paragraph: 4,
  },
  demand: {
    text: 'But China has long demanded the United States remove the police institute from its export blacklist before it will cooperate on the drug crisis',
    paragraph: 4,
  },
  stuck: { text: 'the regime stuck to its position in last month’s meetings', paragraph: 4 },
  comply: {
    text: "Now, sources told the Journal, the administration is considering complying with China's demand.",
    paragraph: 4,
  },
  blacklisted: {
    text: 'The Trump administration blacklisted the Chinese Ministry of Public Security’s Institute of Forensic Science more than three years ago for its role in the surveillance and abuse of Uyghur Muslims in the Xinjiang province.',
    paragraph: 5,
  },
  blacklistedWho: {
    text: 'The Trump administration blacklisted the Chinese Ministry of Public Security’s Institute of Forensic Science more than three years ago',
    paragraph: 5,
  },
  blacklistedWhy: {
    text: 'for its role in the surveillance and abuse of Uyghur Muslims in the Xinjiang province',
    paragraph: 5,
  },
  tool: {
    // "backlisted" is the article's typo, kept verbatim.
    text: 'The sanctions tool strictly limits access by backlisted companies and organizations to U.S. technology.',
    paragraph: 5,
  },
  ambassador: {
    text: 'The U.S. ambassador to China recently claimed the country is not responsible for the U.S. fentanyl crisis',
    paragraph: 6,
  },
  ingredients: {
    text: 'despite the fact that nearly all ingredients for the drug are produced in China',
    paragraph: 6,
  },
  precursors: {
    text: 'The ingredients, often called precursors, are shipped to Mexican cartels that manufacture the fentanyl and push it across the U.S. southern border.',
    paragraph: 6,
  },
  leading: {
    text: 'Overdoses from fentanyl have become one of the leading causes of death in the United States.',
    paragraph: 7,
  },
  deaths2021: {
    text: 'In 2021, there were 71,000 deaths involving synthetic opioids, which were mostly fentanyl.',
    paragraph: 7,
  },
  amendment: {
    text: 'The Biden administration has fought an amendment to Congress’s annual defense bill seeking new information on China’s responsibility for the crisis.',
    paragraph: 8,
  },
  signals: {
    text: 'The discussions are the latest signals of the Biden administration’s bid for cooperation with China.',
    paragraph: 9,
  },
  yellenDismissed: {
    text: 'Treasury Secretary Janet Yellen dismissed the idea of "decoupling" with China during her visit to the country earlier this month',
    paragraph: 9,
  },
  yellenDecoupling: {
    text: 'Treasury Secretary Janet Yellen dismissed the idea of "decoupling" with China',
    paragraph: 9,
  },
  yellenCalled: {
    text: 'instead calling for less sweeping policy moves such as "diversifying critical supply chains or taking targeted national security actions."',
    paragraph: 9,
  },
  kerry: {
    text: 'U.S. special envoy on climate John Kerry traveled to China last week seeking cooperation on climate goals but returned home empty-handed.',
    paragraph: 9,
  },
} satisfies Record<string, Excerpt>;

/** The article's attributions, in its own words. */
const WSJ_SOURCES = 'sources told the Wall Street Journal';
const AMBASSADOR = 'The U.S. ambassador to China';
const YELLEN = 'Treasury Secretary Janet Yellen';

/** Facts several terms share. */
const F = {
  dropSanctions: {
    excerpts: [X.lede],
    attribution: WSJ_SOURCES,
  },
  dropSanctionsHeadline: {
    excerpts: [X.lede, X.headline],
    attribution: WSJ_SOURCES,
  },
  considering: {
    excerpts: [X.comply, X.demand],
    attribution: WSJ_SOURCES,
  },
  demand: {
    excerpts: [X.demand],
  },
  stuck: {
    excerpts: [X.stuck, X.demand],
    when: { phrase: 'last month', resolved: 'June 2023' },
  },
  blacklisted: {
    excerpts: [X.blacklisted],
    when: { phrase: 'more than three years ago', resolved: 'before July 2020' },
  },
  blacklistedWho: {
    excerpts: [X.blacklistedWho],
    when: { phrase: 'more than three years ago', resolved: 'before July 2020' },
  },
  blacklistedWhy: {
    excerpts: [X.blacklistedWhy],
  },
  tool: {
    excerpts: [X.tool],
  },
  ambassador: {
    excerpts: [X.ambassador],
    attribution: AMBASSADOR,
    when: { phrase: 'recently', resolved: 'shortly before July 24, 2023' },
  },
  ingredients: {
    excerpts: [X.ingredients],
  },
  precursors: {
    excerpts: [X.precursors],
  },
  leading: {
    excerpts: [X.leading],
  },
  deaths2021: {
    excerpts: [X.deaths2021],
  },
  amendment: {
    excerpts: [X.amendment],
  },
  signals: {
    excerpts: [X.signals],
  },
  blinken: {
    excerpts: [X.blinken],
    when: { phrase: 'last month', resolved: 'June 2023' },
  },
  yellenDismissed: {
    excerpts: [X.yellenDismissed],
    when: { phrase: 'earlier this month', resolved: 'July 2023' },
  },
  yellenCalled: {
    excerpts: [X.yellenCalled, X.yellenDecoupling],
    attribution: YELLEN,
  },
  kerry: {
    excerpts: [X.kerry],
    when: { phrase: 'last week', resolved: 'the week of July 17, 2023' },
  },
  caption: {
    excerpts: [X.caption],
  },
} satisfies Record<string, Fact>;

export const terms: Term[] = [
  // ---- Substances and statistics -------------------------------------------------------------
  {
    id: 'fentanyl',
    label: 'Fentanyl',
    kind: 'substance',
    tier: 'anchor',
    aliases: [{ text: 'fentanyl' }],
    summary: 'The drug at the center of the article, and of the U.S. crisis it reports on.',
    lead: F.leading,
    facts: [F.leading, F.deaths2021, F.ingredients, F.precursors, F.dropSanctions],
    related: ['fentanyl-crisis', 'fentanyl-precursors', 'synthetic-opioids', 'overdose-deaths'],
  },
  {
    id: 'fentanyl-precursors',
    label: 'Fentanyl precursors',
    kind: 'substance',
    tier: 'anchor',
    // Bare "precursor (chemical)" is context: drug laws and reports use it for the chemicals of
    // methamphetamine, heroin and cocaine as much as of fentanyl, so it is shown only in a passage
    // with an anchor ("fentanyl", or "fentanyl precursor" itself).
    aliases: [
      { text: 'precursor', tier: 'context' },
      { text: 'fentanyl precursor', inArticle: false },
      { text: 'precursor chemical', tier: 'context', inArticle: false },
    ],
    summary: 'The ingredients fentanyl is made from.',
    lead: F.precursors,
    facts: [F.precursors, F.ingredients],
    related: ['fentanyl', 'china', 'mexican-cartels'],
  },
  {
    id: 'synthetic-opioids',
    label: 'Synthetic opioids',
    kind: 'substance',
    tier: 'anchor',
    aliases: [{ text: 'synthetic opioid' }],
    summary: 'The class of drugs that fentanyl belongs to, by the article’s account.',
    lead: F.deaths2021,
    facts: [F.deaths2021],
    related: ['fentanyl', 'synthetic-opioid-deaths-2021', 'overdose-deaths'],
  },
  {
    id: 'overdose-deaths',
    label: 'Fentanyl overdose deaths',
    kind: 'statistic',
    // Both aliases are everyday words: highlighted only on pages about the topic.
    tier: 'context',
    aliases: [{ text: 'overdose' }, { text: 'overdose death', inArticle: false }],
    summary: 'Deaths from fentanyl overdoses in the United States.',
    lead: F.leading,
    facts: [F.leading, F.deaths2021],
    related: ['fentanyl', 'synthetic-opioid-deaths-2021', 'fentanyl-crisis'],
  },
  {
    id: 'synthetic-opioid-deaths-2021',
    label: '71,000 deaths in 2021',
    kind: 'statistic',
    tier: 'anchor',
    aliases: [{ text: '71,000 deaths' }, { text: '71,000', tier: 'context' }],
    summary: 'The article’s count of deaths involving synthetic opioids in one year.',
    lead: F.deaths2021,
    facts: [F.deaths2021],
    related: ['synthetic-opioids', 'overdose-deaths', 'fentanyl'],
  },
  {
    id: 'fentanyl-crisis',
    label: 'The fentanyl crisis',
    kind: 'event',
    tier: 'anchor',
    aliases: [{ text: 'fentanyl crisis' }, { text: 'drug crisis', tier: 'context' }],
    summary: 'The toll of fentanyl in the United States, as the article calls it in July 2023.',
    lead: F.dropSanctions,
    facts: [F.dropSanctions, F.demand, F.ambassador, F.amendment],
    related: ['fentanyl', 'overdose-deaths', 'us-china-cooperation', 'china'],
  },

  // ---- The institute, the blacklist and the sanctions ----------------------------------------
  {
    id: 'institute-of-forensic-science',
    label: 'Institute of Forensic Science',
    kind: 'organization',
    tier: 'anchor',
    aliases: [
      { text: 'Institute of Forensic Science' },
      { text: 'police forensics institute' },
      { text: 'police institute', tier: 'context' },
    ],
    summary: 'A police forensics institute of China’s Ministry of Public Security.',
    lead: F.dropSanctions,
    facts: [F.dropSanctions, F.blacklisted, F.demand, F.considering],
    related: [
      'ministry-of-public-security',
      'export-blacklist',
      'sanctions',
      'sanctions-relief',
      'trump-administration',
      'uyghur-surveillance',
    ],
  },
  {
    id: 'ministry-of-public-security',
    label: 'Ministry of Public Security (China)',
    kind: 'organization',
    tier: 'anchor',
    aliases: [{ text: 'Ministry of Public Security' }],
    summary: 'A ministry of China’s government, home of the police forensics institute.',
    lead: F.blacklistedWho,
    facts: [F.blacklistedWho, F.blacklistedWhy],
    related: ['institute-of-forensic-science', 'china'],
  },
  {
    id: 'export-blacklist',
    label: 'U.S. export blacklist',
    kind: 'policy',
    tier: 'anchor',
    aliases: [
      { text: 'export blacklist' },
      // The common name of the U.S. list of restricted foreign entities; the article never uses it.
      { text: 'Entity List', inArticle: false },
      { text: 'blacklist', tier: 'context' },
      { text: 'blacklisted', tier: 'context' },
      { text: 'sanctions tool', tier: 'context' },
    ],
    summary: 'A U.S. list of companies and organizations under export sanctions.',
    lead: F.tool,
    facts: [F.tool, F.blacklisted, F.demand, F.considering],
    related: ['institute-of-forensic-science', 'sanctions', 'access-to-us-technology'],
  },
  {
    id: 'sanctions',
    label: 'Sanctions on the institute',
    kind: 'policy',
    tier: 'context',
    aliases: [{ text: 'sanctions' }],
    summary: 'U.S. sanctions on China’s police forensics institute, in place as of July 2023.',
    lead: F.dropSanctionsHeadline,
    facts: [F.dropSanctionsHeadline, F.tool],
    related: ['export-blacklist', 'sanctions-relief', 'institute-of-forensic-science'],
  },
  {
    id: 'sanctions-relief',
    label: 'Dropping the sanctions',
    kind: 'policy',
    tier: 'context',
    aliases: [
      { text: 'dropping sanctions' },
      { text: 'drop sanctions' },
      { text: 'sanctions relief', inArticle: false },
    ],
    summary:
      'Lifting the U.S. sanctions on China’s police forensics institute, weighed in July 2023.',
    lead: F.dropSanctionsHeadline,
    facts: [F.dropSanctionsHeadline, F.considering],
    attribution: WSJ_SOURCES,
    related: ['sanctions', 'institute-of-forensic-science', 'biden-administration'],
  },
  {
    id: 'access-to-us-technology',
    label: 'Access to U.S. technology',
    kind: 'concept',
    tier: 'context',
    aliases: [{ text: 'U.S. technology' }, { text: 'American technology', inArticle: false }],
    summary: 'What is at stake for the police forensics institute in the sanctions talks.',
    lead: F.tool,
    facts: [F.tool, F.dropSanctions],
    related: ['export-blacklist', 'institute-of-forensic-science', 'sanctions-relief'],
  },

  // ---- People --------------------------------------------------------------------------------
  {
    id: 'antony-blinken',
    label: 'Antony Blinken',
    kind: 'person',
    // Context: the Secretary of State of the story's time is named on most State Department pages
    // of that time (168 of 299 not about the story), on every subject; his card speaks of China
    // and fentanyl, so it is shown where the passage is about them.
    tier: 'context',
    aliases: [
      { text: 'Antony Blinken' },
      { text: 'Blinken' },
      { text: 'Secretary Blinken', inArticle: false },
      { text: 'Secretary of State', tier: 'context', title: true },
    ],
    summary: 'U.S. Secretary of State at the time of the article (July 2023).',
    lead: F.blinken,
    facts: [F.blinken],
    related: ['beijing', 'working-group', 'china'],
  },
  {
    id: 'janet-yellen',
    label: 'Janet Yellen',
    kind: 'person',
    // Context: the Treasury Secretary of the story's time is named on State Department pages on
    // other subjects (3 of 299: above an anchor's 1%).
    tier: 'context',
    aliases: [
      { text: 'Janet Yellen' },
      { text: 'Yellen' },
      { text: 'Treasury Secretary', tier: 'context', title: true },
    ],
    summary: 'U.S. Treasury Secretary at the time of the article (July 2023).',
    lead: F.yellenDismissed,
    facts: [F.yellenDismissed, F.yellenCalled],
    related: ['decoupling', 'supply-chains', 'targeted-national-security-actions', 'china'],
  },
  {
    id: 'john-kerry',
    label: 'John Kerry',
    kind: 'person',
    tier: 'context',
    aliases: [
      { text: 'John Kerry' },
      { text: 'Kerry', tier: 'context' },
      { text: 'climate envoy', tier: 'context', inArticle: false, title: true },
      { text: 'special envoy on climate', tier: 'context', title: true },
    ],
    summary: 'The U.S. climate envoy at the time of the article (July 2023).',
    lead: F.kerry,
    facts: [F.kerry],
    related: ['climate-cooperation', 'china'],
  },
  {
    id: 'us-ambassador-to-china',
    label: 'U.S. ambassador to China',
    kind: 'person',
    tier: 'anchor',
    aliases: [
      { text: 'U.S. ambassador to China' },
      { text: 'ambassador to China', tier: 'context' },
    ],
    summary: 'The U.S. envoy to China at the time of the article (July 2023), not named in it.',
    lead: F.ambassador,
    facts: [F.ambassador, F.ingredients],
    related: ['fentanyl-crisis', 'fentanyl-precursors', 'china'],
  },

  // ---- Governments and institutions ----------------------------------------------------------
  {
    id: 'biden-administration',
    label: 'Biden administration',
    kind: 'organization',
    tier: 'context',
    aliases: [
      { text: 'Biden administration' },
      { text: 'Biden Admin' },
      { text: 'Biden' },
      { text: 'Joe Biden', inArticle: false },
      { text: 'President Biden', inArticle: false },
    ],
    summary: 'The U.S. administration at the time of the article (July 2023).',
    lead: F.dropSanctionsHeadline,
    facts: [F.dropSanctionsHeadline, F.considering, F.amendment, F.signals],
    related: [
      'sanctions-relief',
      'us-china-cooperation',
      'antony-blinken',
      'janet-yellen',
      'john-kerry',
      'annual-defense-bill',
    ],
  },
  {
    id: 'trump-administration',
    label: 'Trump administration',
    kind: 'organization',
    // Context: in 2026 "Trump" and "Trump administration" are on countless pages that have nothing
    // to do with this 2020 blacklisting.
    tier: 'context',
    aliases: [{ text: 'Trump administration' }, { text: 'Trump' }],
    summary:
      'An earlier U.S. administration, named in the article for the institute’s blacklisting.',
    lead: F.blacklistedWho,
    facts: [F.blacklistedWho, F.blacklistedWhy],
    related: ['export-blacklist', 'institute-of-forensic-science', 'uyghur-surveillance'],
  },
  {
    id: 'congress',
    label: 'Congress',
    kind: 'organization',
    tier: 'context',
    aliases: [{ text: 'Congress' }],
    summary: 'The U.S. Congress, named in the article for its annual defense bill.',
    lead: F.amendment,
    facts: [F.amendment],
    related: ['annual-defense-bill', 'biden-administration'],
  },
  {
    id: 'annual-defense-bill',
    label: 'Congress’s annual defense bill',
    kind: 'policy',
    tier: 'context',
    aliases: [
      { text: 'annual defense bill' },
      { text: 'defense bill', tier: 'context' },
      { text: 'National Defense Authorization Act', inArticle: false },
      { text: 'NDAA', inArticle: false },
    ],
    summary: 'The defense bill the U.S. Congress passes every year.',
    lead: F.amendment,
    facts: [F.amendment],
    related: ['congress', 'biden-administration', 'fentanyl-crisis'],
  },
  {
    id: 'dea',
    label: 'DEA',
    kind: 'organization',
    tier: 'anchor',
    aliases: [{ text: 'DEA' }, { text: 'Drug Enforcement Administration', inArticle: false }],
    summary: 'Named only in the caption of the article’s photo.',
    lead: F.caption,
    facts: [F.caption],
    related: ['fentanyl'],
  },
  {
    id: 'wall-street-journal',
    label: 'The Wall Street Journal',
    kind: 'publication',
    tier: 'context',
    aliases: [
      { text: 'Wall Street Journal' },
      { text: 'WSJ', inArticle: false },
      { text: 'the Journal', tier: 'context' },
    ],
    summary: 'The publication whose sources the article’s report rests on.',
    lead: F.dropSanctions,
    facts: [F.dropSanctions, F.considering],
    related: ['sanctions-relief', 'biden-administration'],
  },

  // ---- Places and peoples --------------------------------------------------------------------
  {
    id: 'china',
    label: 'China',
    kind: 'place',
    tier: 'context',
    aliases: [
      { text: 'China' },
      { text: 'Chinese', tier: 'context' },
      { text: 'PRC', inArticle: false },
    ],
    summary: 'The country at the center of the article, with the United States.',
    lead: F.demand,
    facts: [F.demand, F.stuck, F.ingredients, F.ambassador, F.dropSanctions],
    related: ['united-states', 'beijing', 'us-china-cooperation', 'fentanyl-precursors'],
  },
  {
    id: 'united-states',
    label: 'United States',
    kind: 'place',
    // Context: "U.S." is on countless pages, and the article's facts about the country are
    // background. "US": as an acronym it matches exactly "US", which in all-caps text is the word
    // "us" ("CONTACT US"): ordinaryWord keeps it out of all-capital text. Kept, because many
    // outlets write "US" for the United States; inArticle: false (the article writes "U.S.").
    // headsNames: at the head of an institution's name ("U.S. Customs and Border Protection",
    // "United States Code") the country is part of that name, and its card has nothing on it.
    tier: 'context',
    aliases: [
      { text: 'United States', headsNames: true },
      { text: 'U.S.', headsNames: true },
      { text: 'US', inArticle: false, ordinaryWord: true, headsNames: true },
    ],
    summary: 'The country whose fentanyl crisis the article reports on.',
    lead: F.leading,
    facts: [F.leading, F.blinken, F.demand],
    related: ['china', 'fentanyl-crisis', 'overdose-deaths'],
  },
  {
    id: 'beijing',
    label: 'Beijing',
    kind: 'place',
    tier: 'context',
    aliases: [{ text: 'Beijing' }],
    summary: 'A city in China, in the article for a diplomatic visit in June 2023.',
    lead: F.blinken,
    facts: [F.blinken],
    related: ['china', 'antony-blinken', 'working-group'],
  },
  {
    id: 'xinjiang',
    label: 'Xinjiang',
    kind: 'place',
    tier: 'anchor',
    aliases: [{ text: 'Xinjiang' }],
    summary:
      'A province of China, named in the article for why a Chinese police institute was blacklisted.',
    lead: F.blacklistedWhy,
    facts: [F.blacklistedWhy, F.blacklistedWho],
    related: ['uyghurs', 'uyghur-surveillance', 'china'],
  },
  {
    id: 'uyghurs',
    label: 'Uyghur Muslims',
    kind: 'group',
    tier: 'anchor',
    aliases: [
      { text: 'Uyghur' },
      { text: 'Uyghurs', inArticle: false },
      { text: 'Uyghur Muslims' },
      { text: 'Uighur', inArticle: false },
      { text: 'Uighurs', inArticle: false },
    ],
    summary:
      'A Muslim people of China, whose abuse got a Chinese police forensics institute blacklisted.',
    lead: F.blacklistedWhy,
    facts: [F.blacklistedWhy, F.blacklistedWho],
    related: ['xinjiang', 'uyghur-surveillance', 'institute-of-forensic-science'],
  },
  {
    id: 'uyghur-surveillance',
    label: 'Surveillance and abuse of Uyghur Muslims',
    kind: 'concept',
    tier: 'context',
    aliases: [{ text: 'surveillance' }],
    summary:
      'What the U.S. blacklisted China’s police forensics institute for, in the article’s words.',
    lead: F.blacklistedWhy,
    facts: [F.blacklistedWhy, F.blacklistedWho],
    related: ['uyghurs', 'xinjiang', 'institute-of-forensic-science'],
  },
  {
    id: 'mexico',
    label: 'Mexico',
    kind: 'place',
    tier: 'context',
    aliases: [{ text: 'Mexican' }, { text: 'Mexico', inArticle: false }],
    summary: 'The country of the cartels the article names.',
    lead: F.precursors,
    facts: [F.precursors],
    related: ['mexican-cartels', 'southern-border'],
  },
  {
    id: 'mexican-cartels',
    label: 'Mexican cartels',
    kind: 'group',
    tier: 'anchor',
    aliases: [
      { text: 'Mexican cartels' },
      { text: 'Mexican cartel', inArticle: false },
      { text: 'cartel', tier: 'context' },
    ],
    summary: 'The cartels of Mexico, named in the article.',
    lead: F.precursors,
    facts: [F.precursors],
    related: ['fentanyl-precursors', 'fentanyl', 'southern-border', 'mexico'],
  },
  {
    id: 'southern-border',
    label: 'U.S. southern border',
    kind: 'place',
    tier: 'context',
    aliases: [{ text: 'southern border' }, { text: 'U.S. southern border' }],
    summary: 'The southern border of the United States.',
    lead: F.precursors,
    facts: [F.precursors],
    related: ['mexican-cartels', 'fentanyl'],
  },

  // ---- Diplomacy and policy ------------------------------------------------------------------
  {
    id: 'us-china-cooperation',
    label: 'U.S.–China cooperation on fentanyl',
    kind: 'concept',
    tier: 'anchor',
    aliases: [
      { text: 'fentanyl cooperation' },
      { text: 'cooperation with China', tier: 'context' },
    ],
    summary: 'Joint U.S.–China action against fentanyl, sought by the U.S. as of July 2023.',
    lead: F.signals,
    facts: [F.dropSanctionsHeadline, F.demand, F.signals],
    related: ['biden-administration', 'working-group', 'sanctions-relief', 'china'],
  },
  {
    id: 'working-group',
    label: 'Proposed U.S.–China working group on fentanyl',
    kind: 'policy',
    tier: 'context',
    aliases: [{ text: 'working group' }],
    summary: 'A U.S. proposal to China, as of the article’s date.',
    lead: F.blinken,
    facts: [F.blinken],
    related: ['antony-blinken', 'us-china-cooperation', 'beijing'],
  },
  {
    id: 'decoupling',
    label: 'Decoupling',
    kind: 'concept',
    tier: 'context',
    aliases: [{ text: 'decoupling' }, { text: 'decouple', inArticle: false }],
    summary: 'A policy idea for U.S. economic ties with China, discussed in the article.',
    lead: F.yellenDismissed,
    facts: [F.yellenDismissed, F.yellenCalled],
    related: ['janet-yellen', 'supply-chains', 'targeted-national-security-actions'],
  },
  {
    id: 'supply-chains',
    label: 'Critical supply chains',
    kind: 'concept',
    tier: 'context',
    aliases: [{ text: 'supply chain' }],
    summary: 'A policy aim that the article quotes Treasury Secretary Janet Yellen on.',
    lead: F.yellenCalled,
    facts: [F.yellenCalled],
    related: ['janet-yellen', 'decoupling', 'targeted-national-security-actions'],
  },
  {
    id: 'targeted-national-security-actions',
    label: 'Targeted national security actions',
    kind: 'policy',
    tier: 'context',
    aliases: [{ text: 'targeted national security action' }],
    summary: 'A kind of policy move that the article quotes Treasury Secretary Janet Yellen on.',
    lead: F.yellenCalled,
    facts: [F.yellenCalled],
    related: ['janet-yellen', 'decoupling', 'supply-chains'],
  },
  {
    id: 'climate-cooperation',
    label: 'U.S.–China climate cooperation',
    kind: 'concept',
    tier: 'context',
    aliases: [{ text: 'climate goal' }, { text: 'climate cooperation', inArticle: false }],
    summary: 'U.S.–China cooperation on climate goals, sought in July 2023.',
    lead: F.kerry,
    facts: [F.kerry],
    related: ['john-kerry', 'china'],
  },
];
