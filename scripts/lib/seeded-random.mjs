// mulberry32: a tiny seeded generator for the scripts that must write or draw the same thing on every
// run (the trainer's shuffles, the corpus sentence sampler, the dressed fixture pages). Not for secrets.

/** A function returning the next number in [0, 1) of the sequence seeded by the 32-bit `seed`. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
