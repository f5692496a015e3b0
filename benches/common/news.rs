//! Deterministic news-like text and hostile inputs, shared by the benchmarks and the robustness
//! tests. Everything here is generated from word lists written for this project, so it can live
//! in the repository (no evaluation data).
#![allow(dead_code)]

/// A small xorshift generator: the same seed always gives the same text.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed` (zero is replaced, xorshift needs a non-zero state).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    /// The next pseudo-random number.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Anna", "Boris", "Clara", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "James", "Kofi",
    "Lena", "Marco", "Nadia", "Oleg", "Priya", "Rosa", "Sergei", "Tomas", "Yuki",
];
const LAST: &[&str] = &[
    "Petrova",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Castillo",
    "Nakamura",
    "Brennan",
    "Volkov",
    "Haddad",
    "Schmidt",
    "Kowalski",
    "Mensah",
    "Duarte",
    "Ivanova",
    "Fischer",
    "Oduya",
];
const TITLES: &[&str] = &[
    "Foreign Minister",
    "Defence Minister",
    "spokeswoman",
    "chief executive",
    "Mayor",
    "Senator",
    "analyst",
    "President",
    "economist",
    "police chief",
];
const ORGS: &[&str] = &[
    "the Ministry of Finance",
    "Northwind Energy",
    "the Central Bank",
    "the United Nations",
    "the Harbour Authority",
    "Meridian Rail",
    "the National Assembly",
    "the Red Cross",
];
const PLACES: &[&str] = &[
    "MOSCOW", "LONDON", "NAIROBI", "LIMA", "OSLO", "MANILA", "CAIRO", "WARSAW", "TORONTO",
];
const CITIES: &[&str] = &[
    "Geneva", "Lagos", "Kyiv", "Berlin", "Jakarta", "Santiago", "Hanoi", "Lisbon", "Beirut",
];
const AGENCIES: &[&str] = &["/TASS/", "(Reuters)", "(AP)", "(AFP)"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "warned",
    "stressed",
    "noted",
];
const SUBJECTS: &[&str] = &[
    "The talks",
    "The agreement",
    "Negotiators",
    "The new budget",
    "Rail workers",
    "Local officials",
    "The committee",
    "Investors",
    "The ceasefire",
    "Prices",
];
const PREDICATES: &[&str] = &[
    "stalled again on Tuesday",
    "were expected to resume next week",
    "rose by 3.5% in the first quarter",
    "will cost about $2.4 million",
    "drew criticism from opposition parties",
    "remained uncertain after the vote",
    "were suspended at 10.30 a.m. local time",
    "met for the third time since March",
    "could not be reached for comment",
    "signed a memorandum on water supply",
];
const CLAIMS: &[&str] = &[
    "We are ready to continue the dialogue",
    "Nobody wants another winter like this one",
    "The figures speak for themselves",
    "This is a matter for the courts",
    "We will not accept these conditions",
    "It is too early to draw conclusions",
    "Our teams are working around the clock",
    "The decision was taken unanimously",
];

fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST), rng.pick(LAST))
}

fn plain_sentence(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("{} {}.", rng.pick(SUBJECTS), rng.pick(PREDICATES)),
        1 => format!(
            "{} {} in {}, according to {}.",
            rng.pick(SUBJECTS),
            rng.pick(PREDICATES),
            rng.pick(CITIES),
            rng.pick(ORGS)
        ),
        2 => format!(
            "{}, the {} of {}, {} that {} {}.",
            person(rng),
            rng.pick(TITLES),
            rng.pick(ORGS),
            rng.pick(VERBS),
            rng.pick(SUBJECTS).to_lowercase(),
            rng.pick(PREDICATES)
        ),
        _ => format!(
            "On {} {}, Dr. {} met officials from {} in {}.",
            rng.pick(MONTHS),
            1 + rng.below(28),
            person(rng),
            rng.pick(ORGS),
            rng.pick(CITIES)
        ),
    }
}

fn quoted_sentence(rng: &mut Rng) -> String {
    let who = person(rng);
    match rng.below(4) {
        0 => format!("\"{},\" {} {}.", rng.pick(CLAIMS), who, rng.pick(VERBS)),
        1 => format!("“{},” {} {}.", rng.pick(CLAIMS), rng.pick(VERBS), who),
        2 => format!(
            "{} {}: “{}. {}.”",
            who,
            rng.pick(VERBS),
            rng.pick(CLAIMS),
            rng.pick(CLAIMS)
        ),
        _ => format!(
            "According to {}, ‘{}’ was the message from {}.",
            who,
            rng.pick(CLAIMS).to_lowercase(),
            rng.pick(ORGS)
        ),
    }
}

/// One article about `target_bytes` long: headline, standfirst, dateline, paragraphs with
/// reported speech and quotations, a caption and a credit line.
pub fn article(rng: &mut Rng, target_bytes: usize) -> String {
    let mut text = format!(
        "{} {} as {} meets in {}\n\n{} {}, {} {}.\n\n{}, {} {}. {}. ",
        rng.pick(SUBJECTS),
        rng.pick(PREDICATES),
        rng.pick(ORGS),
        rng.pick(CITIES),
        rng.pick(SUBJECTS),
        rng.pick(PREDICATES),
        person(rng),
        rng.pick(VERBS),
        rng.pick(PLACES),
        rng.pick(MONTHS),
        1 + rng.below(28),
        rng.pick(AGENCIES),
    );
    while text.len() < target_bytes {
        let sentences = 2 + rng.below(4);
        for _ in 0..sentences {
            let sentence = if rng.below(3) == 0 {
                quoted_sentence(rng)
            } else {
                plain_sentence(rng)
            };
            text.push_str(&sentence);
            text.push(' ');
        }
        text.pop();
        text.push_str("\n\n");
        if rng.below(12) == 0 {
            text.push_str(&format!(
                "{} speaks in {} on {} {}. Photo: {}/Agency\n\n",
                person(rng),
                rng.pick(CITIES),
                rng.pick(MONTHS),
                1 + rng.below(28),
                person(rng)
            ));
        }
    }
    text
}

/// Articles of about 5 KB, separated by blank lines, until the text is `total_bytes` long.
pub fn news(total_bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut text = String::with_capacity(total_bytes + 8192);
    while text.len() < total_bytes {
        text.push_str(&article(&mut rng, 5000));
        text.push_str("\n\n");
    }
    text
}

/// `count` straight and curly quotation marks that never close, between words.
pub fn unmatched_quotes(count: usize) -> String {
    let marks = ["\"", "“", "‘", "«", "„"];
    let mut text = String::with_capacity(count * 8);
    for i in 0..count {
        text.push_str(if i % 7 == 0 { "Word " } else { "word " });
        text.push_str(marks[i % marks.len()]);
        text.push(' ');
    }
    text
}

/// About `bytes` of words, commas and capitals with no full stop and no newline.
pub fn no_full_stop(bytes: usize) -> String {
    let mut rng = Rng::new(7);
    let mut text = String::with_capacity(bytes + 32);
    while text.len() < bytes {
        let word = match rng.below(5) {
            0 => rng.pick(FIRST),
            1 => rng.pick(LAST),
            2 => rng.pick(CITIES),
            _ => rng.pick(&["and", "the", "of", "said", "in", "talks", "with"]),
        };
        text.push_str(word);
        text.push_str(if rng.below(9) == 0 { ", " } else { " " });
    }
    text
}

/// `count` capitalised words in one run, as a list of names would give.
pub fn capitalised_words(count: usize) -> String {
    let mut rng = Rng::new(11);
    let mut text = String::with_capacity(count * 9);
    for _ in 0..count {
        let word = if rng.below(2) == 0 {
            rng.pick(FIRST)
        } else {
            rng.pick(LAST)
        };
        text.push_str(word);
        text.push(' ');
    }
    text
}

/// `bytes` of the one character `ch` (rounded down to whole characters).
pub fn repeated(ch: char, bytes: usize) -> String {
    ch.to_string().repeat(bytes / ch.len_utf8())
}

/// About `bytes` of reports inside reports with no sentence end: one clause-long sentence
/// where every few words a cue opens a report within the last one.
pub fn cue_flood(bytes: usize) -> String {
    const CLAUSE: &str = "He said the plan, noting she said it, ";
    CLAUSE.repeat(bytes / CLAUSE.len())
}

/// About `bytes` of one quotation with no sentence end in which every few words the speaker
/// gives a view of their own (`I think`), each running to the quotation's end.
pub fn view_flood(bytes: usize) -> String {
    const CLAUSE: &str = ", I think we believe that I guess the toll was high";
    format!(
        "Views\n\n\"{}\" Nasser said.\n",
        CLAUSE.repeat(bytes / CLAUSE.len())
    )
}

/// `count` bodies, each named once and then quoted through `the council`, and each
/// paragraph opened by a person and a `He said`: as many speakers and pronoun subjects as
/// sentences.
pub fn many_speakers(count: usize) -> String {
    const SYLLABLES: &[&str] = &["al", "ber", "cor", "dan", "el", "fen", "gor", "hal"];
    let mut text = String::new();
    for i in 0..count {
        let name: String = (0..6)
            .map(|k| SYLLABLES[(i >> (3 * k)) % SYLLABLES.len()])
            .collect();
        let mut chars = name.chars();
        let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or('A');
        let name = format!("{first}{}", chars.as_str());
        text.push_str(&format!(
            "Mayor Ann {name} spoke. She said the {name} Council met. The council said it \
             would vote.\n\n"
        ));
    }
    text
}

/// `depth` opening quotation marks of alternating styles, each followed by a word, then the
/// matching closing marks in reverse order: quotes nested `depth` deep.
pub fn alternating_quotes(depth: usize) -> String {
    let pairs = [
        ("“", "”"),
        ("‘", "’"),
        ("«", "»"),
        ("\"", "\""),
        ("„", "“"),
        ("'", "'"),
    ];
    let mut text = String::from("Officials said ");
    for i in 0..depth {
        text.push_str(pairs[i % pairs.len()].0);
        text.push_str(if i % 3 == 0 { "Nobody " } else { "they " });
    }
    text.push_str("agreed");
    for i in (0..depth).rev() {
        text.push_str(pairs[i % pairs.len()].1);
        text.push_str(if i % 4 == 0 { ", he said. " } else { " " });
    }
    text
}

/// `count` author lines over a job title, each with an age line: a page of nothing but
/// bylines (every job title names nobody, so each is a finding's check).
pub fn many_bylines(count: usize) -> String {
    "Gwen Morris\nBBC Wales education correspondent\n2 hours ago\nSave\n".repeat(count)
}
