// Deterministic news-like text for the benchmark: the same word lists as benches/common/news.rs,
// written for this project (no evaluation data). Each article is about 5 KB.

const FIRST = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Farid', 'Grace', 'Hugo', 'Irina', 'James',
  'Kofi', 'Lena', 'Marco', 'Nadia', 'Oleg', 'Priya', 'Rosa', 'Sergei', 'Tomas', 'Yuki'];
const LAST = ['Petrova', 'Okafor', 'Lindqvist', 'Moreau', 'Castillo', 'Nakamura', 'Brennan', 'Volkov',
  'Haddad', 'Schmidt', 'Kowalski', 'Mensah', 'Duarte', 'Ivanova', 'Fischer', 'Oduya'];
const TITLES = ['Foreign Minister', 'Defence Minister', 'spokeswoman', 'chief executive', 'Mayor',
  'Senator', 'analyst', 'President', 'economist', 'police chief'];
const ORGS = ['the Ministry of Finance', 'Northwind Energy', 'the Central Bank', 'the United Nations',
  'the Harbour Authority', 'Meridian Rail', 'the National Assembly', 'the Red Cross'];
const PLACES = ['MOSCOW', 'LONDON', 'NAIROBI', 'LIMA', 'OSLO', 'MANILA', 'CAIRO', 'WARSAW', 'TORONTO'];
const CITIES = ['Geneva', 'Lagos', 'Kyiv', 'Berlin', 'Jakarta', 'Santiago', 'Hanoi', 'Lisbon', 'Beirut'];
const AGENCIES = ['/TASS/', '(Reuters)', '(AP)', '(AFP)'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'stressed', 'noted'];
const SUBJECTS = ['The talks', 'The agreement', 'Negotiators', 'The new budget', 'Rail workers',
  'Local officials', 'The committee', 'Investors', 'The ceasefire', 'Prices'];
const PREDICATES = ['stalled again on Tuesday', 'were expected to resume next week',
  'rose by 3.5% in the first quarter', 'will cost about $2.4 million',
  'drew criticism from opposition parties', 'remained uncertain after the vote',
  'were suspended at 10.30 a.m. local time', 'met for the third time since March',
  'could not be reached for comment', 'signed a memorandum on water supply'];
const CLAIMS = ['We are ready to continue the dialogue', 'Nobody wants another winter like this one',
  'The figures speak for themselves', 'This is a matter for the courts',
  'We will not accept these conditions', 'It is too early to draw conclusions',
  'Our teams are working around the clock', 'The decision was taken unanimously'];

/** xorshift32: the same seed always gives the same text. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
  const below = (n) => next() % n;
  return { below, pick: (items) => items[below(items.length)] };
}

const person = (r) => `${r.pick(FIRST)} ${r.pick(LAST)}`;

function plainSentence(r) {
  switch (r.below(4)) {
    case 0: return `${r.pick(SUBJECTS)} ${r.pick(PREDICATES)}.`;
    case 1: return `${r.pick(SUBJECTS)} ${r.pick(PREDICATES)} in ${r.pick(CITIES)}, according to ${r.pick(ORGS)}.`;
    case 2: return `${person(r)}, the ${r.pick(TITLES)} of ${r.pick(ORGS)}, ${r.pick(VERBS)} that ${r.pick(SUBJECTS).toLowerCase()} ${r.pick(PREDICATES)}.`;
    default: return `On ${r.pick(MONTHS)} ${1 + r.below(28)}, Dr. ${person(r)} met officials from ${r.pick(ORGS)} in ${r.pick(CITIES)}.`;
  }
}

function quotedSentence(r) {
  const who = person(r);
  switch (r.below(4)) {
    case 0: return `"${r.pick(CLAIMS)}," ${who} ${r.pick(VERBS)}.`;
    case 1: return `“${r.pick(CLAIMS)},” ${r.pick(VERBS)} ${who}.`;
    case 2: return `${who} ${r.pick(VERBS)}: “${r.pick(CLAIMS)}. ${r.pick(CLAIMS)}.”`;
    default: return `According to ${who}, ‘${r.pick(CLAIMS).toLowerCase()}’ was the message from ${r.pick(ORGS)}.`;
  }
}

/** One article of about `targetBytes`: headline, standfirst, dateline, paragraphs, captions. */
export function article(r, targetBytes = 5000) {
  let text = `${r.pick(SUBJECTS)} ${r.pick(PREDICATES)} as ${r.pick(ORGS)} meets in ${r.pick(CITIES)}\n\n`
    + `${r.pick(SUBJECTS)} ${r.pick(PREDICATES)}, ${person(r)} ${r.pick(VERBS)}.\n\n`
    + `${r.pick(PLACES)}, ${r.pick(MONTHS)} ${1 + r.below(28)}. ${r.pick(AGENCIES)}. `;
  while (text.length < targetBytes) {
    const count = 2 + r.below(4);
    const sentences = [];
    for (let i = 0; i < count; i++) sentences.push(r.below(3) === 0 ? quotedSentence(r) : plainSentence(r));
    text += sentences.join(' ') + '\n\n';
    if (r.below(12) === 0) {
      text += `${person(r)} speaks in ${r.pick(CITIES)} on ${r.pick(MONTHS)} ${1 + r.below(28)}. Photo: ${person(r)}/Agency\n\n`;
    }
  }
  return text;
}

/** Articles of about 5 KB until their UTF-8 size reaches `totalBytes`. */
export function articles(totalBytes, seed = 42) {
  const r = rng(seed);
  const out = [];
  let bytes = 0;
  while (bytes < totalBytes) {
    const text = article(r);
    out.push(text);
    bytes += Buffer.byteLength(text);
  }
  return out;
}

export { rng };
