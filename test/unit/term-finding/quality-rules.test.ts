// The rules that keep page furniture, fragments and everyday phrases out of the anchors, each on
// short invented sentences.
import { describe, expect, it } from 'vitest';
import { splitAtTitle } from '../../../src/term-finding/aliases';
import { findTerms } from '../../../src/term-finding/find-terms';
import type { ArticleInput } from '../../../src/term-finding/types';
import { isFurniture, isOutletOrAuthor, readable } from '../../../src/term-finding/furniture';
import {
  isNeverAName,
  isOpenerOnly,
  withoutCompanySuffix,
} from '../../../src/term-finding/name-words';
import { aliasTierOf, nameTier, phraseTier } from '../../../src/term-finding/tiers';
import { titleKeysOf } from '../../../src/term-finding/words';

describe('furniture', () => {
  it.each([
    ['[+] Enlarge', true],
    ['STORY HIGHLIGHTS', true],
    ['Dana Quill/Getty Images', true],
    ['Pat Oro / Getty Images A long caption about the harbour follows here.', true],
    ['© 2031 Example Media, all rights reserved today', true],
    ['Courtesy Harbour Films and friends of the port', true],
    ['Updated: March 13, 2031, 5:02 PM ET', true],
    ['Last updated on 13 March 2031 at 17:02 GMT', true],
    ['Harbour Writer Jo Roe in Easton contributed to this report.', true],
    ['Additional reporting by Jo Roe; Editing by Ana Vale, Tomas Reed and Ivo Dane', true],
    ['Reporting by Jo Roe in Easton; Writing by Ana Vale', true],
    ['Reporting by the harbour board showed the tolls rose again on Monday.', false],
    ['Photos: the harbour at dawn and the new quay', true],
    ['Video: Vale: Raise the harbour tolls now', true],
    ['Read more: Velmora votes on its harbour tolls', true],
    ['Jo Roe can be reached at jo.roe@harbour.example today.', true],
    ['Send your questions about the tolls to tolls@harbour.example please', true],
    ["See the Harbour Gazette's Pictures of the Week.", true],
    ['Watch the harbour board vote on the tolls here', true],
    ['(Watch the Harbour Gazette’s video "Tolls at Dawn on the Quay.")', true],
    ["(MORE: 'Quay Shocks': 13 Best Posts About the Harbour Tolls)", true],
    ['(PHOTOS: The Harbour Tolls Through the Years on the Quay)', true],
    [
      'See how the harbour board voted on the new tolls on Monday, and what it means for ferries.',
      false,
    ],
    ['The video showed the harbour board voting on the new tolls.', false],
    ['Officials said they reached a deal on the harbour tolls.', false],
    ['The harbour board met on Monday to vote on the new tolls.', false],
    ['The board updated its tolls on Monday after a long vote.', false],
  ])('isFurniture(%s) = %s', (text, furniture) => expect(isFurniture(text)).toBe(furniture));

  it.each([
    ['PORTVILLE (AP) — The harbour board met on Monday.', 'The harbour board met on Monday.'],
    ['Portville (CNN) -- The harbour board met on Monday.', 'The harbour board met on Monday.'],
    ['EASTON, Ore. -- The harbour board met on Monday.', 'The harbour board met on Monday.'],
    ['The harbour board met on Monday in Easton.', 'The harbour board met on Monday in Easton.'],
    [
      'The harbour board met on Monday. (Watch the Harbour Gazette’s video "Tolls at Dawn.")',
      'The harbour board met on Monday.',
    ],
    [
      'The harbour board met on Monday. (MORE: How Velmora Votes on Its Harbour Tolls)',
      'The harbour board met on Monday.',
    ],
    [
      'The harbour board met on Monday (its third meeting).',
      'The harbour board met on Monday (its third meeting).',
    ],
  ])('readable(%s) blanks the dateline and bracketed teasers, offsets kept', (text, rest) => {
    const out = readable(text);
    expect(out.trim()).toBe(rest);
    expect(out.length).toBe(text.length);
  });

  it.each([
    ['Harbour News', 'Harbour News', undefined, true],
    ['HarbourNews', 'harbournews.com', undefined, true],
    ['Dana Quill', undefined, 'Dana Quill, Harbour News', true],
    ['HNN', undefined, 'Dana Quill and Pat Oro - HNN Writers | HNN – 1 hr ago', true],
    ['Harbour Board', 'Harbour News', 'Dana Quill', false],
  ])('isOutletOrAuthor(%s, %s, %s) = %s', (name, source, byline, yes) =>
    expect(isOutletOrAuthor(name, source, byline)).toBe(yes),
  );
});

describe('name words', () => {
  it.each([
    ['I', true],
    ["I'm", true],
    ['It', true],
    ['August', true],
    ['Wednesday', true],
    ['Marlow', false],
  ])('isNeverAName(%s) = %s', (w, yes) => expect(isNeverAName(w)).toBe(yes));

  it.each([
    ['After', true],
    ['While', true],
    ['Many', true],
    ['See', true],
    ['Farmer', false],
    ['Marlow', false],
  ])('isOpenerOnly(%s) = %s', (w, yes) => expect(isOpenerOnly(w)).toBe(yes));

  it.each([
    ['Marlow Inc.', 'Marlow'],
    ['Quillco Corp', 'Quillco'],
    ['Inc', 'Inc'],
    ['Harbour Board', 'Harbour Board'],
  ])('withoutCompanySuffix(%s) = %s', (name, bare) =>
    expect(
      withoutCompanySuffix(name.split(' ').map((text) => ({ text })))
        .map((w) => w.text)
        .join(' '),
    ).toBe(bare),
  );

  it.each([
    ['DNC Chairman Tim Marlow', 'DNC', 'Tim Marlow'],
    ['House Minority Leader Dana Quill', 'House Minority', 'Dana Quill'],
    ['Secretary of State Dana Quill', '', 'Dana Quill'],
    ['General Motors', '', 'General Motors'],
  ])('splitAtTitle(%s) = %s + %s', (name, before, named) => {
    const out = splitAtTitle(name.split(' '));
    expect([out.before.join(' '), out.named.join(' ')]).toEqual([before, named]);
  });
});

describe('tiers', () => {
  it.each([
    ['tidal levy', 2, '', 'context'],
    ['tidal levy', 3, '', 'anchor'],
    ['against agent', 4, '', 'context'],
    ['calling agent', 4, '', 'context'],
    ['harbour', 5, 'Tidal board delays harbour wall', 'context'],
    ['reactor', 5, 'Russia fuels Iran', 'context'],
    ['reactor', 5, 'Russia fuels Iran’s reactor', 'anchor'],
    ['reactor', 2, 'Russia fuels Iran’s reactor', 'context'],
    ['fentanyl', 3, 'Sanctions on China in Exchange for Fentanyl Cooperation', 'anchor'],
  ] as const)('phraseTier(%s, %i mentions, title “%s”) = %s', (key, n, title, tier) =>
    expect(phraseTier(key, n, titleKeysOf(title))).toBe(tier),
  );

  it.each([
    ['Steve Jobs', 'person', 'anchor'],
    ['Utah', 'place', 'context'],
    ['Quillco', 'organization', 'anchor'],
  ] as const)('nameTier(%s, %s) = %s', (label, kind, tier) =>
    expect(nameTier(label, kind)).toBe(tier),
  );

  it.each([
    ['Jobs', 'anchor', 'context'],
    ['Florida', 'anchor', 'context'],
    ['Quillco', 'anchor', undefined],
    ['Security Council', 'anchor', 'context'],
    // A context term's aliases are context already.
    ['Jobs', 'context', undefined],
  ] as const)('aliasTierOf(%s) of a term of tier %s = %s', (text, termTier, tier) =>
    expect(aliasTierOf(text, termTier)).toBe(tier),
  );
});

describe('findTerms on an invented story', () => {
  const story: ArticleInput = {
    title: 'Harbour tolls rise again',
    source: 'Harbour News',
    byline: 'Dana Quill, Harbour News',
    paragraphs: [
      'EASTON, Ore. (AP) — Marlow Inc. said Tuesday it would raise tolls under the Tidal Security Act.',
      'STORY HIGHLIGHTS',
      'Pat Oro/Getty Images',
      'Harbour Board Chairman Tim Vance said the Tidal Security Act was passed in August.',
      '• If Oregonians had voted no, the tolls would have stayed where they were.',
      'Many Oregonians say Tim was right, and Vance said Marlow would pay its share too.',
      'The Securities and Exchange Commission looked at the tolls, Harbour News reported.',
      'After the vote, Marlow stock fell, the Harbour Board met and the tidal levy rose.',
    ],
  };
  const found = findTerms(story);
  const labels = found.map((t) => t.label);
  const term = (label: string) => found.find((t) => t.label === label);

  it.each([
    ['Marlow', 'organization'],
    ['Tim Vance', 'person'],
    ['Harbour Board', 'organization'],
    ['Tidal Security Act', 'policy'],
    ['Securities and Exchange Commission', 'organization'],
    ['Oregonians', 'group'],
  ])('finds %s (%s)', (label, kind) => expect(term(label)?.kind).toBe(kind));

  it.each([
    'Security',
    'Tim',
    'Vance',
    'EASTON',
    'Harbour News',
    'Dana Quill',
    'Pat Oro',
    'STORY HIGHLIGHTS',
    'August',
    'Tuesday',
    'If Oregonians',
    'Many Oregonians',
    'After',
    'Exchange Commission',
    'Marlow Inc',
  ])('finds no term %s', (label) => expect(labels).not.toContain(label));

  it('merges the first name and the surname into the full name; the first name is no alias', () => {
    const vance = term('Tim Vance');
    expect(vance?.aliases.map((a) => a.text)).toEqual(['Tim Vance', 'Vance']);
    // "Tim was right" is one of his mentions all the same.
    expect(vance?.mentions).toBe(3);
  });

  it.each([
    {
      why: 'initials before a surname',
      paragraphs: [
        'In Easton, board spokesman R.J. Talbridge said the ferry talks had stalled.',
        'Talbridge added that the U.S. Coast Guard would inspect the pier.',
        'Talbridge said the board would meet again in May.',
      ],
      person: 'R.J. Talbridge',
      surname: 'Talbridge',
      notPerson: 'U.S. Coast Guard',
    },
    {
      why: 'a surname the article writes alone, no everyday word',
      paragraphs: [
        'Trip Quellmore, an analyst at Harbour Equities, said the ferry shares would fall further.',
        'The board had waited too long to order new boats, Quellmore said.',
        'The Coastal Security office said Security would patrol the pier at night.',
      ],
      person: 'Trip Quellmore',
      surname: 'Quellmore',
      notPerson: 'Coastal Security',
    },
    {
      why: 'a chief officer’s title before the name',
      paragraphs: [
        'Harbour CIO Mira Tolvane showed the new ferry app to the board on Monday.',
        'Tolvane said the app would reach every pier, and Tolvane will report in May.',
      ],
      person: 'Mira Tolvane',
      surname: 'Tolvane',
      notPerson: 'Harbour CIO Mira Tolvane',
    },
    {
      why: 'a name read through its particle (“von”, “de”)',
      paragraphs: [
        'Otto von Velmark built the harbour in 1884, and Velmark named the quay after himself.',
        'Later Velmark sold the harbour, and the town still argues about Otto von Velmark.',
      ],
      person: 'Otto von Velmark',
      surname: 'Velmark',
      notPerson: 'Otto',
    },
  ])('takes a person by $why, and the surname for the same one', (c) => {
    const found = findTerms({ title: 'Ferry talks stall', paragraphs: c.paragraphs });
    const name = found.find((t) => t.label === c.person);
    expect(name?.kind).toBe('person');
    expect(name?.aliases.map((a) => a.text)).toContain(c.surname);
    expect(found.map((t) => t.label)).not.toContain(c.surname);
    expect(found.find((t) => t.label === c.notPerson)?.kind).not.toBe('person');
  });

  it.each([
    {
      why: 'a name of words the lexicon does not know is a person, but not after “the”',
      title: 'Ferry blast',
      paragraphs: [
        'Crews left the Brevik Sundar rig after the blast, Quorin Talvesh told the board.',
        'The board heard Quorin Talvesh again on Friday about the Brevik Sundar and its crew.',
      ],
      kinds: { 'Quorin Talvesh': 'person', 'Brevik Sundar': 'organization' },
    },
    {
      why: 'the programme an act names is a policy, and a board of two names is whole',
      title: 'Ferry pensions',
      paragraphs: [
        'The Tidal Security Act set up Tidal Security, and Tidal Security pays the ferry crews.',
        'The Tidal Security and Harbour Care Trustees say Tidal Security will run dry by 2040.',
      ],
      kinds: {
        'Tidal Security': 'policy',
        'Tidal Security and Harbour Care Trustees': 'organization',
        'Harbour Care Trustees': undefined,
      },
    },
    {
      why: 'a head word gives the kind, with a nationality before it or a hyphen in it',
      title: 'Ferry routes',
      paragraphs: [
        'The ferries crossed the Indian Ocean twice, the Easton Tribune-Review reported.',
        'On the Indian Ocean the ferries met storms, the Easton Tribune-Review said.',
      ],
      kinds: { 'Indian Ocean': 'place', 'Easton Tribune-Review': 'publication' },
    },
    {
      why: 'a product in lower camel case is a thing, after its maker’s name too',
      title: 'Ferry tablets',
      paragraphs: [
        'The ferry crews now carry the Velmo iPad, and the Velmo iPad shows every tide.',
        'Captains said the Velmo iPad had replaced their paper charts on the ferry.',
      ],
      kinds: { 'Velmo iPad': 'concept' },
    },
    {
      why: 'a party’s leadership is a body, not the place its first word may tag',
      title: 'Ferry votes',
      paragraphs: [
        'The House Democratic Leadership backed the ferry bill, and the House Democratic Leadership won.',
        'Ferry crews thanked the House Democratic Leadership after the vote in the state house.',
      ],
      kinds: { 'House Democratic Leadership': 'organization' },
    },
    {
      why: 'a word the lexicon does not know, before a site’s noun, is a place',
      title: 'Ferry fuel',
      paragraphs: [
        'Engineers loaded fuel into the Varnak reactor on Monday, and the ferries waited.',
        'The Varnak reactor will run by March, and Varnak stays closed to the ferry crews.',
      ],
      kinds: { Varnak: 'place' },
    },
    {
      why: 'an armed force or the Pentagon by its one word is a body',
      title: 'Ferries for the fleet',
      paragraphs: [
        'The Navy hired the ferries on Monday, and the Pentagon said the Navy would pay.',
        'Ferry crews met the Navy at the quay, and the Pentagon sent its thanks.',
      ],
      kinds: { Navy: 'organization', Pentagon: 'organization' },
    },
    {
      why: 'a lower-case phrase that names a kind of body is a body',
      title: 'Ferry checks',
      paragraphs: [
        'The harbour watchdog checked the ferries, and the harbour watchdog found rust.',
        'Riders trust the harbour watchdog more than Marlow, and Marlow knows it.',
      ],
      kinds: { 'harbour watchdog': 'organization' },
    },
    {
      why: 'a state the lexicon knows is a place, even where it reads as a team',
      title: 'Ferry league',
      paragraphs: [
        'Florida coach Ana Vale said the ferry league would grow.',
        'The league met in Easton, and Florida won the ferry race again.',
      ],
      kinds: { Florida: 'place' },
    },
  ])('takes the kind of a name: $why', ({ title, paragraphs, kinds }) => {
    const found = findTerms({ title, paragraphs });
    for (const [label, kind] of Object.entries(kinds))
      expect(found.find((t) => t.label === label)?.kind, label).toBe(kind);
  });

  it('gives a person’s surname that is an everyday word a context tier of its own', () => {
    const found = findTerms({
      title: 'Harbour chief leaves',
      paragraphs: [
        'Ana Cook ran the harbour for ten years, and Cook said on Monday she would leave.',
        'Cook hired the new ferry crews, the board said, and Ana Cook will stay until May.',
      ],
    });
    const cook = found.find((t) => t.label === 'Ana Cook');
    expect(cook?.tier).toBe('anchor');
    expect(cook?.aliases).toEqual([{ text: 'Ana Cook' }, { text: 'Cook', tier: 'context' }]);
  });

  it.each([
    {
      why: 'no party adjective before a noun for a name: "a House Democratic source"',
      title: 'Harbour tolls',
      paragraphs: [
        'A Harbour Democratic source said the Harbour Democratic Leadership backed the tolls.',
        'Harbour Republican aides said the Harbour Democratic Leadership would lose the vote.',
        'A Republican Senate candidate backed the tolls, and Republican Party leaders agreed.',
      ],
      terms: ['Harbour Democratic Leadership', 'Republican Party'],
      notTerms: ['Harbour Democratic', 'Harbour Republican', 'Republican Senate'],
    },
    {
      why: 'no outlet or poll the article cites once; an outlet it keeps to is a term',
      title: 'Ferry fares rise',
      paragraphs: [
        'Marlow raised its fares, Ana Vale told the Easton Gazette on Monday.',
        'A Harbour Times Poll found riders angry, and Marlow said the Velmora Herald was wrong.',
        'The Velmora Herald printed the fares again, and Marlow kept them.',
      ],
      terms: ['Velmora Herald'],
      notTerms: ['Easton Gazette', 'Harbour Times Poll'],
    },
    {
      why: "no body named once as a speaker's employer or title; one the story names otherwise is a term",
      title: 'Ferry fares rise',
      paragraphs: [
        'Ana Vale, an analyst at Brevik Holdings, said the fares of Marlow would rise.',
        'Harbour Board spokesman Tomas Reed said the Marlow ferries would sail on.',
        'Lena Ort, director of the Velmora Marine Institute, said riders were angry.',
        'Brenlo Inc. Chairman Ivo Dane said Marlow was wrong, and Sam Pike of the Quorin League agreed.',
        'Riders wrote to the Kessling Trust about Marlow, and Marlow raised the fares again.',
      ],
      terms: ['Kessling Trust', 'Marlow'],
      notTerms: [
        'Brevik Holdings',
        'Harbour Board',
        'Velmora Marine Institute',
        'Brenlo',
        'Quorin League',
      ],
    },
  ])('takes $why', ({ title, paragraphs, terms, notTerms }) => {
    const labels = findTerms({ title, paragraphs }).map((t) => t.label);
    for (const label of terms) expect(labels, label).toContain(label);
    for (const label of notTerms) expect(labels, label).not.toContain(label);
  });

  it('takes no body or one-word name met once in a long article unless its title names it; a full name, and any name of a brief, still', () => {
    const story = {
      title: 'Brenlo Harbour tolls rise',
      paragraphs: [
        'Marlow raised the tolls at Brenlo Harbour, and riders wrote to the Kessling Trust.',
        'Ana Vale said the tolls were too high, and Marlow said they would stay, as Megan did.',
      ],
    };
    const filler =
      'The ferries sailed on as they always had, and riders waited at the pier for them.';
    const long = { ...story, paragraphs: [...story.paragraphs, ...Array<string>(32).fill(filler)] };
    const labels = (s: typeof story) => findTerms(s).map((t) => t.label);
    expect(labels(long)).toEqual(expect.arrayContaining(['Marlow', 'Ana Vale', 'Brenlo Harbour']));
    expect(labels(long)).not.toContain('Kessling Trust');
    expect(labels(long)).not.toContain('Megan');
    expect(labels(story)).toContain('Kessling Trust');
  });

  // Names the lexicon does not know: the word before the first mention says which.
  it.each([
    ['Sable Reefs', 'place', 'Boats anchored off the Sable Reefs for the night.'],
    ['Port Kessling', 'place', 'Volunteers gathered in Port Kessling to clean the beach.'],
    ['Brevik Holdings', 'organization', 'Analysts at Brevik Holdings said the oil would spread.'],
    ['Velmora War II', 'event', 'The harbour was mined in Velmora War II, we read.'],
  ])('takes %s for a %s by its context', (label, kind, first) => {
    const found = findTerms({
      title: 'Oil reaches the coast',
      paragraphs: [first, `By Monday the oil had reached ${label}, officials said.`],
    });
    expect(found.find((t) => t.label === label)?.kind).toBe(kind);
  });

  // An event by its last words, a Roman number after them too; not a product's number or a league.
  it.each([
    ['Velmora Cold War', 'event'],
    ['Harbour Cup', 'event'],
    ['Velmo II', 'organization'],
    ['Velmora Harbour Conference', 'organization'],
  ])('takes %s for a %s by its last words', (label, kind) => {
    const found = findTerms({
      title: 'Ferries and the past',
      paragraphs: [
        `Ferry crews still talk of the ${label} and what it did to the harbour.`,
        `Captains say the ${label} changed the ferries, and the ${label} is in every log.`,
      ],
    });
    expect(found.find((t) => t.label === label)?.kind).toBe(kind);
  });

  it('takes no name made an adjective ("Windows-based PCs") into a name; the name before it is one', () => {
    const found = findTerms({
      title: 'Ferries lose the trade',
      paragraphs: [
        'The yard lost money as Marlow Velmora-based ferries took the trade in 1996.',
        'Marlow said its ferries would sail on, and Marlow hired ten crews.',
      ],
    });
    const labels = found.map((t) => t.label);
    expect(labels).toContain('Marlow');
    expect(labels.filter((l) => l.includes('-based'))).toEqual([]);
    expect(found.find((t) => t.label === 'Marlow')?.mentions).toBe(3);
  });

  it('takes a work’s title in quotes for one name, its words no other name’s', () => {
    const found = findTerms({
      title: 'Ferry films win',
      paragraphs: [
        'The ferry film “Once Upon A Tide in Velmora” beat “The Harbour Master,” the judges said.',
        'Critics loved “Once Upon A Tide in Velmora” and its star, and “The Harbour Master” lost.',
        'The Harbour Master of Easton, a real man, said the Master liked the film anyway.',
      ],
    });
    const labels = found.map((t) => t.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Once Upon A Tide in Velmora', 'The Harbour Master']),
    );
    expect(labels).not.toContain('Upon A Tide');
    expect(found.find((t) => t.label === 'The Harbour Master')?.aliases).toEqual([
      { text: 'The Harbour Master' },
    ]);
  });

  // One word the lexicon does not know: a body where the article says so beside it.
  it.each([
    ['Brenlo', 'organization', 'Brenlo, the ferry company, raised its fares on Monday.'],
    ['Brenlo', 'organization', 'Brenlo Inc. Chairman Ana Vale raised its fares on Monday.'],
    ['Brenlo', 'organization', 'The environmental group Brenlo counted the ferries on Monday.'],
    [
      'Brenlo',
      'organization',
      "Ana Vale, Brenlo's ferry campaigner, counted the ferries on Monday.",
    ],
    ['Brenlo', 'concept', 'The Brenlo sails from the quay each morning on Monday.'],
  ])('takes %s for a %s by the words beside it', (label, kind, first) => {
    const found = findTerms({
      title: 'Ferry fares rise',
      paragraphs: [first, 'Travellers said the fares of Brenlo would keep riders off the Brenlo.'],
    });
    expect(found.find((t) => t.label === label)?.kind).toBe(kind);
  });

  it('takes a surname that two people share, one of them a “Jr”, for neither of them', () => {
    const found = findTerms({
      title: 'Harbour tolls',
      paragraphs: [
        'Franklin Velmore built the harbour, and Franklin Velmore set the first tolls.',
        'His grandson Tomas Velmore Jr said the tolls were too high for the ferries.',
        'Velmore said the harbour board would vote, and the board agreed with Velmore.',
      ],
    });
    const franklin = found.find((t) => t.label === 'Franklin Velmore');
    expect(franklin?.aliases.map((a) => a.text)).toEqual(['Franklin Velmore']);
    expect(found.map((t) => t.label)).not.toContain('Velmore');
  });

  it('folds the word a phrase ends in into the phrase when the article writes it far more often alone', () => {
    const found = findTerms({
      title: 'Ferry pilots',
      paragraphs: [
        'Every pilot on the harbour said the rules were wrong, and a harbour pilot agreed.',
        'A pilot earns less now; one pilot left, another pilot stayed, and a pilot wept.',
        'Talks failed, said a harbour pilot, and every pilot would strike until a pilot won.',
        'The ferry timetable changed twice, and the ferry timetable will change again.',
        'Riders read the timetable at the pier, where the ferry timetable hangs.',
      ],
    });
    const pilot = found.find((t) => t.label === 'harbour pilot');
    expect(pilot?.aliases.map((a) => a.text)).toContain('pilot');
    expect(found.map((t) => t.label)).not.toContain('pilot');
    // Written as often as its head alone: a term of its own.
    expect(found.map((t) => t.label)).toContain('ferry timetable');
  });

  it.each([
    {
      why: 'a place, for the short form of a body whose name ends in it',
      title: 'Ferry study',
      paragraphs: [
        'Scientists at the University of South Florida tracked the ferry wakes for a year.',
        'The University of South Florida team found the wakes reached the Florida coast.',
        'Ferries sail from Florida twice a day, and Florida wants more of them.',
      ],
      label: 'University of South Florida',
      notAlias: 'Florida',
    },
    {
      why: 'a body’s short name, when two longer names end with it',
      title: 'Harbour tolls',
      paragraphs: [
        'The Easton Harbour Board and the Marlow Harbour Board met on Monday.',
        'The Harbour Board of each town raised the tolls, and the Harbour Board chairs agreed.',
      ],
      label: 'Easton Harbour Board',
      notAlias: 'Harbour Board',
    },
  ])('takes no $why', ({ title, paragraphs, label, notAlias }) => {
    const term = findTerms({ title, paragraphs }).find((t) => t.label === label);
    expect(term?.aliases.map((a) => a.text)).not.toContain(notAlias);
  });

  it('takes a name written in lower case too for the name alone, not a phrase of its own', () => {
    const found = findTerms({
      title: 'Velmora Monument closes',
      paragraphs: [
        'The Velmora Monument cracked on Monday, and the Velmora Monument closed for repairs.',
        'Tagged: crack, quake, velmora monument, obelisk, harbour, velmora monument, repairs.',
      ],
    });
    const labels = found.map((t) => t.label).filter((l) => l.toLowerCase() === 'velmora monument');
    expect(labels).toEqual(['Velmora Monument']);
  });

  it('takes the body after a title and “for” for a body, not a person', () => {
    const found = findTerms({
      title: 'Ferry tickets go online',
      paragraphs: [
        'Ana Vale is Chief Information Officer for Brevik Communications, which sells the tickets.',
        'Brevik Communications said riders bought more tickets online this year.',
      ],
    });
    expect(found.find((t) => t.label === 'Brevik Communications')?.kind).toBe('organization');
    expect(found.map((t) => t.label).filter((l) => l.startsWith('for '))).toEqual([]);
  });

  it('counts no mention of a name inside a longer name of another term', () => {
    const found = findTerms({
      title: 'Ferry study',
      paragraphs: [
        'Scientists at the University of South Velmora tracked the ferry wakes for a year.',
        'The University of South Velmora team found the wakes off Velmora were high.',
        'Ferries sail from Velmora twice a day, the University of South Velmora said.',
      ],
    });
    expect(found.find((t) => t.label === 'Velmora')?.mentions).toBe(2);
    expect(found.find((t) => t.label === 'University of South Velmora')?.mentions).toBe(3);
  });

  it.each([
    {
      why: 'an acronym written with dots and without',
      paragraphs: [
        'The U.N. sent two envoys to Velmora on Monday to talk about the harbour.',
        'Later the UN said the harbour talks had failed, and the U.N. would meet again.',
      ],
      label: 'U.N.',
      alias: 'UN',
    },
    {
      why: 'the initials of one longer name',
      paragraphs: [
        'The Velmora National Council met on Monday to vote on the harbour tolls.',
        'VNC members voted for the tolls, and the VNC chair said the harbour would pay.',
      ],
      label: 'Velmora National Council',
      alias: 'VNC',
    },
    {
      why: 'the end of one longer body’s name',
      paragraphs: [
        'The Easton Harbour Board met on Monday to vote on the harbour tolls.',
        'Later the Harbour Board raised the tolls, and the Harbour Board chair said so.',
      ],
      label: 'Easton Harbour Board',
      alias: 'Harbour Board',
    },
    {
      why: 'a place’s first word after “the”',
      paragraphs: [
        'Boats left the Gulf of Velmora on Monday when the storm passed the harbour.',
        'Later the Gulf was calm again, and the ferries crossed the Gulf to Easton.',
      ],
      label: 'Gulf of Velmora',
      alias: 'Gulf',
    },
    {
      why: 'a thing’s last word after “the”',
      paragraphs: [
        'The ferry crews now carry the Velmo iPad on every crossing of the harbour.',
        'Captains said the iPad had replaced their charts, and the iPad shows the tides.',
      ],
      label: 'Velmo iPad',
      alias: 'iPad',
    },
    {
      why: 'a party’s name and its members',
      paragraphs: [
        'Democrats met on Monday, and the Democratic Party said the harbour tolls must rise.',
        'Later the Democrats voted for the tolls, and Democrats said the harbour would pay.',
      ],
      label: 'Democratic Party',
      alias: 'Democrats',
    },
    {
      why: 'a person’s initials, a middle one left out',
      paragraphs: [
        'Harlan Vose opened the harbour in 1935, and Harlan Vose ran it for twenty years.',
        'Sailors still call the old pier HDV’s pier, and HDV is on its gate.',
      ],
      label: 'Harlan Vose',
      alias: 'HDV',
    },
  ])('takes $why for one term', ({ paragraphs, label, alias }) => {
    const found = findTerms({ title: 'Harbour tolls', paragraphs });
    const term = found.find((t) => t.label === label);
    expect(term?.aliases.map((a) => a.text)).toContain(alias);
    expect(found.map((t) => t.label)).not.toContain(alias);
  });

  it('takes an everyday word of the title the story keeps to; no phrase met once', () => {
    const found = findTerms({
      title: 'Pilots and their agents',
      paragraphs: [
        'The harbour pilots hired agents this year, and the agents took a tenth of the fees.',
        'Some agents were honest, the pilots said, but one shady harbour deal cost them a season.',
        'The board said it would license agents and the pilots would choose among them.',
      ],
    });
    const agent = found.find((t) => t.label === 'agent');
    expect(agent?.tier).toBe('context');
    expect(found.map((t) => t.label)).not.toContain('shady harbour deal');
  });

  it.each([
    {
      why: 'phrase starting with a preposition or a word known only as a verb',
      title: 'Pilots, their agents and the retirement age',
      paragraphs: [
        'The pilots spoke out against agents, and the captains want the agents gone.',
        'Saban calling agents "pimps" is the epitome of it. The board raised the retirement age.',
        'The retirement age rose again after the board met the pilots and their agents.',
      ],
      absent: ['against agent', 'calling agent', 'retirement age rose'],
      present: ['retirement age'],
    },
    {
      why: 'a word of a name in the title, for a topic',
      title: 'Velmora says Ana Cook is leaving',
      paragraphs: [
        'Ana Cook said the harbour had hired a new cook every year since she took over.',
        'The cook of the ferry stayed, Cook said, and the cook of the inn left after her.',
      ],
      absent: ['cook'],
      present: ['Ana Cook'],
    },
    {
      why: 'a state abbreviation after a place, for a name',
      title: 'Ferries of Easton',
      paragraphs: [
        'The ferry left Grand Bay, La., on Monday, and the ferry reached Easton, Ore., at noon.',
        'Ferry crews in Grand Bay said the ferry would sail again on Friday.',
      ],
      absent: ['La', 'Ore'],
      present: ['Grand Bay'],
    },
    {
      why: 'a month after "in early", for a name',
      title: 'Ferries of Easton',
      paragraphs: [
        'In early May the ferry crews of Easton struck, and the ferry stayed in port.',
        'The ferry crews of Easton went back to work in late June after the vote.',
      ],
      absent: ['May', 'June'],
      present: ['Easton'],
    },
    {
      why: 'the word after a colon, for a name',
      title: 'The ferries of Easton',
      paragraphs: [
        'The ferries grew bigger as the years went on: After the small launches came the car ferries.',
        'After the war the board bought three more ferries for the crossing to Easton.',
      ],
      absent: ['After'],
      present: ['Easton'],
    },
    {
      why: 'phrase met twice that shares no word with the title',
      title: 'Ferry fares rise',
      paragraphs: [
        'The computer market slowed, and the ferry agents cut their prices for the summer.',
        'Firms in the computer market said the ferry agents would raise them again in autumn.',
      ],
      absent: ['computer market'],
      present: ['ferry agent'],
    },
    {
      why: 'office without a body’s head word, for a name',
      title: 'Ferry tolls',
      paragraphs: [
        'House Minority Leader Ana Vale said the ferry tolls were too high for the islanders.',
        'Vale said the House would vote on the ferry tolls, and the islanders would be heard.',
      ],
      absent: ['House Minority'],
      present: ['Ana Vale'],
    },
    {
      why: 'name met once as where something is, or as one item of a list of names',
      title: 'Ferry board hears crews',
      paragraphs: [
        'The ferry board met in Utah and heard Ana Vale, Tom Reyes and Lia Park on Monday.',
        'The piers were inspected by the Harbour Authority, Vale said, and the board agreed.',
        'In Easton, Ana Vale said the ferry crews would sail again, and the board nodded.',
      ],
      absent: ['Utah', 'Tom Reyes', 'Lia Park'],
      present: ['Ana Vale', 'Harbour Authority', 'Easton'],
    },
    {
      why: 'body’s name cut at “for a”',
      title: 'Ferry tolls',
      paragraphs: [
        'Ana Vale of the Center for a New Harbour said the ferry tolls were far too high.',
        'The Center for a New Harbour wants the ferry tolls cut before the summer.',
      ],
      absent: ['Center', 'New Harbour'],
      present: ['Center for a New Harbour'],
    },
    {
      why: 'everyday word in capitals, for a name',
      title: 'Ferry apps',
      paragraphs: [
        'The ferry app now runs on TV sets, the CEO of the ferry line said on Monday.',
        'The TV version of the ferry app is OK, the CEO said, and the TV makers agree.',
      ],
      absent: ['TV', 'CEO', 'OK'],
      present: ['ferry app'],
    },
    {
      why: 'nationality alone, for a name',
      title: 'Ferry talks',
      paragraphs: [
        'Russian envoys met Iranian officials in Easton on Monday to talk about the ferries.',
        'The Russians and the Iranians signed, and the European Union said it would watch.',
        'British and Turkish crews watched too, and the British crews said they would sail.',
      ],
      absent: ['Russian', 'Iranian', 'Union', 'British', 'Turkish'],
      present: ['European Union'],
    },
    {
      why: 'product written in lower camel case, in lower case',
      title: 'Ferry apps',
      paragraphs: [
        'Sales of the iPod fell at the ferry shop while the iPhone kept selling.',
        'iPhone owners book the ferry with an app, and the iPod is no longer sold there.',
      ],
      absent: ['ipod', 'iphone'],
      present: ['iPod', 'iPhone'],
    },
    {
      why: 'word the lexicon knows only as no name, run into a heading or not',
      title: 'Ferries at night',
      paragraphs: [
        'Fewer ferries at night While the harbour sleeps, Marlow ferries sail on.',
        'Marlow said its ferries would sail While the tolls rise, and Marlow hired crews.',
      ],
      absent: ['While'],
      present: ['Marlow'],
    },
    {
      why: 'everyday word after a single quote or an ellipsis, where a sentence starts',
      title: 'Ferries at night',
      paragraphs: [
        "Riders ask, 'What are the ferries for?' and Marlow answers them… There are more ferries.",
        "Crews think, 'What if Marlow stops?' … There are fewer crews, and Marlow hired more.",
      ],
      absent: ['What', 'There'],
      present: ['Marlow'],
    },
    {
      why: 'single letter or unit of measure',
      title: 'Ferry app grows',
      paragraphs: [
        'The Marlow app, known as Ferryware.C, now takes 150 KB, down from 2 MB last year.',
        'Marlow said Ferryware.C would shrink to 90 KB, and riders would save 1 MB a day.',
      ],
      absent: ['C', 'KB', 'MB'],
      present: ['Marlow'],
    },
  ])('takes no $why', ({ title, paragraphs, absent, present }) => {
    const labels = findTerms({ title, paragraphs }).map((t) => t.label);
    for (const label of absent) expect(labels).not.toContain(label);
    for (const label of present) expect(labels).toContain(label);
  });

  it('quotes no furniture', () => {
    for (const t of found) for (const e of t.excerpts) expect([1, 2]).not.toContain(e.paragraph);
  });
});
