// The article's key terms: what the extension highlights on other pages, and what the hover card
// says about each. Ground rules (checked by validatePack and test/unit/article):
//
// - Facts never go beyond the article. Every fact carries the article's own words as excerpts,
//   verbatim (src/article/validate.ts: normaliseForGrounding), and names the paragraph they are in.
// - A fact without `attribution` is shown as "The article says: <statement>", so its statement is
//   the article's own claim, written to read well after that prefix. A fact the article attributes
//   to someone ("sources told the Wall Street Journal", "The U.S. ambassador to China … claimed",
//   Janet Yellen's quoted words) carries that attribution and is shown as "<attribution>: …".
// - Relative times ("last month") get a `when` resolved against the article's date (July 24, 2023)
//   by src/article/relative-time.ts, and the statement uses the resolved value.
// - Aliases are whole-word phrases. Possessives need nothing ("Congress" finds "Congress’s"). The
//   matcher adds the regular plural to lower-case (`common`) aliases only, so those are singular
//   ("precursor" also finds "precursors"), while capitalised aliases are listed in each form pages
//   use ("Uyghur", "Uyghurs", "Uyghur Muslims"). `inArticle: false` marks a well-known name for the same thing, or a
//   form of it, that the article itself never uses ("Entity List", "Uighur").
// - Job titles ("Secretary of State", "Treasury Secretary", "climate envoy", "ambassador to
//   China") name whoever held them in July 2023; years later they name someone else, so they are
//   context and the summaries say "at the time of the article".
// - Every term, and any alias that differs from it, has a tier: `anchor` (rare on ordinary pages
//   and specific to the story: highlighted wherever it appears) or `context` (common on ordinary
//   pages, or an everyday word: highlighted only in passages with an anchor). The tiers follow
//   tier-evidence.json, how many pages of a background corpus of ordinary pages each alias is on;
//   test/unit/article/tiers.test.ts fails when a term or alias has none, or an anchor is common.
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
    statement:
      'The Biden administration may drop sanctions on a Chinese police forensics institute, allowing it access to U.S. technology, to entice China to cooperate in fighting the fentanyl crisis.',
    excerpts: [X.lede],
    attribution: WSJ_SOURCES,
  },
  dropSanctionsHeadline: {
    statement:
      'The Biden administration is weighing dropping sanctions on a Chinese police forensics institute in exchange for China’s cooperation on fentanyl.',
    excerpts: [X.lede, X.headline],
    attribution: WSJ_SOURCES,
  },
  considering: {
    statement:
      'The Biden administration is considering complying with China’s demand that the United States remove the police institute from its export blacklist.',
    excerpts: [X.comply, X.demand],
    attribution: WSJ_SOURCES,
  },
  demand: {
    statement:
      'China has long demanded that the United States remove the police institute from its export blacklist before China will cooperate on the drug crisis.',
    excerpts: [X.demand],
  },
  stuck: {
    statement:
      'In the meetings of June 2023 ("last month", by the article’s date), China stuck to its position that the United States must remove the police institute from its export blacklist before China will cooperate on the drug crisis.',
    excerpts: [X.stuck, X.demand],
    when: { phrase: 'last month', resolved: 'June 2023' },
  },
  blacklisted: {
    statement:
      'Before July 2020 ("more than three years ago", by the article’s date), the Trump administration blacklisted the Chinese Ministry of Public Security’s Institute of Forensic Science for its role in the surveillance and abuse of Uyghur Muslims in the Xinjiang province.',
    excerpts: [X.blacklisted],
    when: { phrase: 'more than three years ago', resolved: 'before July 2020' },
  },
  tool: {
    statement:
      'The export blacklist, a sanctions tool, strictly limits blacklisted companies’ and organizations’ access to U.S. technology.',
    excerpts: [X.tool],
  },
  ambassador: {
    statement:
      'China is not responsible for the U.S. fentanyl crisis (a claim made shortly before July 24, 2023: "recently", by the article’s date).',
    excerpts: [X.ambassador],
    attribution: AMBASSADOR,
    when: { phrase: 'recently', resolved: 'shortly before July 24, 2023' },
  },
  ingredients: {
    statement: 'Nearly all ingredients for fentanyl are produced in China.',
    excerpts: [X.ingredients],
  },
  precursors: {
    statement:
      'The ingredients for fentanyl, often called precursors, are shipped to Mexican cartels that manufacture the fentanyl and push it across the U.S. southern border.',
    excerpts: [X.precursors],
  },
  leading: {
    statement:
      'Overdoses from fentanyl have become one of the leading causes of death in the United States.',
    excerpts: [X.leading],
  },
  deaths2021: {
    statement:
      'In 2021, there were 71,000 deaths involving synthetic opioids, which were mostly fentanyl.',
    excerpts: [X.deaths2021],
  },
  amendment: {
    statement:
      'The Biden administration has fought an amendment to Congress’s annual defense bill that seeks new information on China’s responsibility for the fentanyl crisis.',
    excerpts: [X.amendment],
  },
  signals: {
    statement:
      'The discussions about dropping the sanctions are the latest signals of the Biden administration’s bid for cooperation with China.',
    excerpts: [X.signals],
  },
  blinken: {
    statement:
      'In June 2023 ("last month", by the article’s date), during his diplomatic visit to Beijing, Secretary of State Antony Blinken suggested that China and the United States create a working group to combat fentanyl.',
    excerpts: [X.blinken],
    when: { phrase: 'last month', resolved: 'June 2023' },
  },
  yellenDismissed: {
    statement:
      'In July 2023 ("earlier this month", by the article’s date), during her visit to China, Treasury Secretary Janet Yellen dismissed the idea of "decoupling" with China.',
    excerpts: [X.yellenDismissed],
    when: { phrase: 'earlier this month', resolved: 'July 2023' },
  },
  yellenCalled: {
    statement:
      'Less sweeping policy moves, such as "diversifying critical supply chains or taking targeted national security actions," rather than "decoupling" with China.',
    excerpts: [X.yellenCalled, X.yellenDecoupling],
    attribution: YELLEN,
  },
  kerry: {
    statement:
      'In the week of July 17, 2023 ("last week", by the article’s date), U.S. special envoy on climate John Kerry traveled to China seeking cooperation on climate goals but returned home empty-handed.',
    excerpts: [X.kerry],
    when: { phrase: 'last week', resolved: 'the week of July 17, 2023' },
  },
  caption: {
    statement: 'A DEA agent is shown checking pills containing fentanyl (the article’s photo).',
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
    summary:
      'The drug at the center of the article, which says overdoses from fentanyl have become one of the leading causes of death in the United States.',
    facts: [F.leading, F.deaths2021, F.ingredients, F.precursors, F.dropSanctions],
    related: ['fentanyl-crisis', 'fentanyl-precursors', 'synthetic-opioids', 'overdose-deaths'],
  },
  {
    id: 'fentanyl-precursors',
    label: 'Fentanyl precursors',
    kind: 'substance',
    tier: 'anchor',
    aliases: [
      { text: 'precursor' },
      { text: 'fentanyl precursor', inArticle: false },
      { text: 'precursor chemical', inArticle: false },
    ],
    summary:
      'The ingredients for fentanyl, which the article says are often called precursors. It says nearly all of them are produced in China and shipped to Mexican cartels.',
    facts: [F.precursors, F.ingredients],
    related: ['fentanyl', 'china', 'mexican-cartels'],
  },
  {
    id: 'synthetic-opioids',
    label: 'Synthetic opioids',
    kind: 'substance',
    tier: 'anchor',
    aliases: [{ text: 'synthetic opioid' }],
    summary:
      'The drugs involved in 71,000 deaths in 2021, according to the article, which says they were mostly fentanyl.',
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
    summary:
      'Deaths from fentanyl overdoses, which the article says have become one of the leading causes of death in the United States.',
    facts: [F.leading, F.deaths2021],
    related: ['fentanyl', 'synthetic-opioid-deaths-2021', 'fentanyl-crisis'],
  },
  {
    id: 'synthetic-opioid-deaths-2021',
    label: '71,000 deaths in 2021',
    kind: 'statistic',
    tier: 'anchor',
    aliases: [{ text: '71,000 deaths' }, { text: '71,000', tier: 'context' }],
    summary:
      'The article’s figure for 2021: 71,000 deaths involving synthetic opioids, which were mostly fentanyl.',
    facts: [F.deaths2021],
    related: ['synthetic-opioids', 'overdose-deaths', 'fentanyl'],
  },
  {
    id: 'fentanyl-crisis',
    label: 'The fentanyl crisis',
    kind: 'event',
    tier: 'anchor',
    aliases: [{ text: 'fentanyl crisis' }, { text: 'drug crisis', tier: 'context' }],
    summary:
      'The U.S. fentanyl crisis, on which, the article reports, the Biden administration is seeking China’s cooperation.',
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
    summary:
      'The Chinese Ministry of Public Security’s Institute of Forensic Science, a police forensics institute on the U.S. export blacklist. The article reports, citing sources, that the Biden administration may drop sanctions on it.',
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
    summary:
      'China’s Ministry of Public Security, whose Institute of Forensic Science is the police forensics institute at the center of the article.',
    facts: [F.blacklisted],
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
    summary:
      'A U.S. sanctions tool that, per the article, strictly limits blacklisted companies’ and organizations’ access to U.S. technology. China demands that the police forensics institute be removed from it.',
    facts: [F.tool, F.blacklisted, F.demand, F.considering],
    related: ['institute-of-forensic-science', 'sanctions', 'access-to-us-technology'],
  },
  {
    id: 'sanctions',
    label: 'Sanctions on the institute',
    kind: 'policy',
    tier: 'context',
    aliases: [{ text: 'sanctions' }],
    summary:
      'U.S. sanctions on a Chinese police forensics institute, which the article reports the Biden administration may drop to win China’s cooperation on fentanyl.',
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
      'The step the article reports the Biden administration is weighing: dropping sanctions on a Chinese police forensics institute to entice China to cooperate against fentanyl.',
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
    summary:
      'What the U.S. export blacklist restricts. The article reports that dropping sanctions would give a Chinese police forensics institute access to U.S. technology.',
    facts: [F.tool, F.dropSanctions],
    related: ['export-blacklist', 'institute-of-forensic-science', 'sanctions-relief'],
  },

  // ---- People --------------------------------------------------------------------------------
  {
    id: 'antony-blinken',
    label: 'Antony Blinken',
    kind: 'person',
    tier: 'anchor',
    aliases: [
      { text: 'Antony Blinken' },
      { text: 'Blinken' },
      { text: 'Secretary Blinken', inArticle: false },
      { text: 'Secretary of State', tier: 'context' },
    ],
    summary:
      'U.S. Secretary of State at the time of the article (July 2023). It reports that during a visit to Beijing in June 2023 he suggested a U.S.–China working group to combat fentanyl.',
    facts: [F.blinken],
    related: ['beijing', 'working-group', 'china'],
  },
  {
    id: 'janet-yellen',
    label: 'Janet Yellen',
    kind: 'person',
    tier: 'anchor',
    aliases: [
      { text: 'Janet Yellen' },
      { text: 'Yellen' },
      { text: 'Treasury Secretary', tier: 'context' },
    ],
    summary:
      'U.S. Treasury Secretary at the time of the article (July 2023). It says she dismissed the idea of "decoupling" with China during a visit there in July 2023.',
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
      { text: 'climate envoy', tier: 'context', inArticle: false },
      { text: 'special envoy on climate', tier: 'context' },
    ],
    summary:
      'U.S. special envoy on climate at the time of the article (July 2023). It says he traveled to China in the week of July 17, 2023, seeking cooperation on climate goals, and returned home empty-handed.',
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
    summary:
      'The U.S. ambassador to China at the time of the article (July 2023), not named in it. The article reports that the ambassador recently claimed China is not responsible for the U.S. fentanyl crisis.',
    facts: [
      F.ambassador,
      {
        statement:
          'Despite the ambassador’s claim, nearly all ingredients for fentanyl are produced in China.',
        excerpts: [X.ingredients],
      },
    ],
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
    summary:
      'The U.S. administration at the time of the article (July 2023). The article reports that it may drop sanctions on a Chinese police forensics institute to win China’s cooperation on fentanyl.',
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
      'The U.S. administration that, according to the article, blacklisted China’s police forensics institute before July 2020 ("more than three years ago", by the article’s date).',
    facts: [F.blacklisted],
    related: ['export-blacklist', 'institute-of-forensic-science', 'uyghur-surveillance'],
  },
  {
    id: 'congress',
    label: 'Congress',
    kind: 'organization',
    tier: 'context',
    aliases: [{ text: 'Congress' }],
    summary:
      'The article mentions Congress’s annual defense bill, and an amendment to it that the Biden administration has fought.',
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
    summary:
      'Congress’s annual defense bill. The article says the Biden administration has fought an amendment to it seeking new information on China’s responsibility for the crisis.',
    facts: [F.amendment],
    related: ['congress', 'biden-administration', 'fentanyl-crisis'],
  },
  {
    id: 'dea',
    label: 'DEA',
    kind: 'organization',
    tier: 'anchor',
    aliases: [{ text: 'DEA' }, { text: 'Drug Enforcement Administration', inArticle: false }],
    summary:
      'Appears in the article’s photo caption, which shows a DEA agent checking pills containing fentanyl.',
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
    summary:
      'The article’s source: it reports that sources told the Wall Street Journal the Biden administration may drop sanctions on a Chinese police forensics institute.',
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
    summary:
      'The Biden administration is seeking China’s cooperation against fentanyl, the article reports; China has long demanded that the United States first remove a Chinese police forensics institute from its export blacklist.',
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
    tier: 'context',
    aliases: [
      { text: 'United States' },
      { text: 'U.S.' },
      { text: 'US', inArticle: false, ordinaryWord: true },
    ],
    summary:
      'The article describes a U.S. fentanyl crisis and the Biden administration’s efforts to win China’s cooperation in fighting it.',
    facts: [F.leading, F.blinken, F.demand],
    related: ['china', 'fentanyl-crisis', 'overdose-deaths'],
  },
  {
    id: 'beijing',
    label: 'Beijing',
    kind: 'place',
    tier: 'context',
    aliases: [{ text: 'Beijing' }],
    summary:
      'Where Secretary of State Antony Blinken made a diplomatic visit in June 2023, according to the article, and suggested a U.S.–China working group to combat fentanyl.',
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
      'What the article calls the Xinjiang province: the place of the surveillance and abuse of Uyghur Muslims for which the Chinese police forensics institute was blacklisted.',
    facts: [F.blacklisted],
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
      'The article says the Chinese police forensics institute was blacklisted for its role in the surveillance and abuse of Uyghur Muslims in the Xinjiang province.',
    facts: [F.blacklisted],
    related: ['xinjiang', 'uyghur-surveillance', 'institute-of-forensic-science'],
  },
  {
    id: 'uyghur-surveillance',
    label: 'Surveillance and abuse of Uyghur Muslims',
    kind: 'concept',
    tier: 'context',
    aliases: [{ text: 'surveillance' }],
    summary:
      'The reason the article gives for the blacklisting of the Chinese police forensics institute: its role in the surveillance and abuse of Uyghur Muslims in the Xinjiang province.',
    facts: [F.blacklisted],
    related: ['uyghurs', 'xinjiang', 'institute-of-forensic-science'],
  },
  {
    id: 'mexico',
    label: 'Mexico',
    kind: 'place',
    tier: 'context',
    aliases: [{ text: 'Mexican' }, { text: 'Mexico', inArticle: false }],
    summary:
      'The article says fentanyl ingredients are shipped to Mexican cartels, which manufacture the drug and push it across the U.S. southern border.',
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
    summary:
      'According to the article, the Mexican cartels receive fentanyl’s ingredients, manufacture the fentanyl and push it across the U.S. southern border.',
    facts: [F.precursors],
    related: ['fentanyl-precursors', 'fentanyl', 'southern-border', 'mexico'],
  },
  {
    id: 'southern-border',
    label: 'U.S. southern border',
    kind: 'place',
    tier: 'context',
    aliases: [{ text: 'southern border' }, { text: 'U.S. southern border' }],
    summary:
      'The border across which, the article says, Mexican cartels push the fentanyl they manufacture.',
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
    summary:
      'The cooperation the Biden administration is seeking from China, including in fighting the fentanyl crisis. The article calls the sanctions discussions the latest signals of that bid.',
    facts: [F.dropSanctionsHeadline, F.demand, F.signals],
    related: ['biden-administration', 'working-group', 'sanctions-relief', 'china'],
  },
  {
    id: 'working-group',
    label: 'Proposed U.S.–China working group on fentanyl',
    kind: 'policy',
    tier: 'context',
    aliases: [{ text: 'working group' }],
    summary:
      'A working group to combat fentanyl that, per the article, Secretary of State Antony Blinken suggested China and the United States create during his June 2023 visit to Beijing.',
    facts: [F.blinken],
    related: ['antony-blinken', 'us-china-cooperation', 'beijing'],
  },
  {
    id: 'decoupling',
    label: 'Decoupling',
    kind: 'concept',
    tier: 'context',
    aliases: [{ text: 'decoupling' }, { text: 'decouple', inArticle: false }],
    summary:
      'The idea of "decoupling" with China, which the article says Treasury Secretary Janet Yellen dismissed during her July 2023 visit there.',
    facts: [F.yellenDismissed, F.yellenCalled],
    related: ['janet-yellen', 'supply-chains', 'targeted-national-security-actions'],
  },
  {
    id: 'supply-chains',
    label: 'Critical supply chains',
    kind: 'concept',
    tier: 'context',
    aliases: [{ text: 'supply chain' }],
    summary:
      'Per the article, Treasury Secretary Janet Yellen called for "diversifying critical supply chains" as a less sweeping policy move than "decoupling" with China.',
    facts: [F.yellenCalled],
    related: ['janet-yellen', 'decoupling', 'targeted-national-security-actions'],
  },
  {
    id: 'targeted-national-security-actions',
    label: 'Targeted national security actions',
    kind: 'policy',
    tier: 'context',
    aliases: [{ text: 'targeted national security action' }],
    summary:
      'Per the article, Treasury Secretary Janet Yellen called for "taking targeted national security actions" as a less sweeping policy move than "decoupling" with China.',
    facts: [F.yellenCalled],
    related: ['janet-yellen', 'decoupling', 'supply-chains'],
  },
  {
    id: 'climate-cooperation',
    label: 'U.S.–China climate cooperation',
    kind: 'concept',
    tier: 'context',
    aliases: [{ text: 'climate goal' }, { text: 'climate cooperation', inArticle: false }],
    summary:
      'Cooperation on climate goals, which, per the article, U.S. special envoy on climate John Kerry sought in China in the week of July 17, 2023, returning home empty-handed.',
    facts: [F.kerry],
    related: ['john-kerry', 'china'],
  },
];
