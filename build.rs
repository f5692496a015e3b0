//! Packs the big entity lists (data/entities/{given_names,common_words,cities}.txt and the
//! given names by sex) for embedding: sorted and front-coded, each entry stored as the number
//! of bytes it shares with the entry before it, then the rest. Sorted word lists share long
//! prefixes (`abandon`, `abandoned`, ...), so this takes a third off their compressed size in
//! the WebAssembly; the files under data/ stay plain text to read and edit.
//! src/entities/gazetteer.rs unpacks them.

use std::{env, fs, path::Path};

const PACKED: [&str; 5] = [
    "given_names",
    "given_names_female",
    "given_names_male",
    "common_words",
    "cities",
];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in PACKED {
        let source = format!("data/entities/{name}.txt");
        println!("cargo::rerun-if-changed={source}");
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        // The same entries as lexicon::entries: trimmed, no blanks, no `#` comment lines.
        let mut entries: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect();
        entries.sort_unstable();
        entries.dedup();
        let mut packed = Vec::new();
        let mut previous: &[u8] = &[];
        for entry in entries {
            let entry = entry.as_bytes();
            let shared = previous
                .iter()
                .zip(entry)
                .take(u8::MAX.into())
                .take_while(|(a, b)| a == b)
                .count();
            // One byte for the shared length, then the rest and a newline.
            packed.push(shared as u8);
            packed.extend_from_slice(&entry[shared..]);
            packed.push(b'\n');
            previous = entry;
        }
        fs::write(Path::new(&out).join(format!("{name}.packed")), packed)
            .unwrap_or_else(|e| panic!("{name}.packed: {e}"));
    }
}
