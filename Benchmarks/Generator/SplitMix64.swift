/// A small seeded random number generator (SplitMix64) with the few draws the generator needs.
///
/// The standard library's `random(in:using:)` may change its algorithm between Swift releases;
/// every draw here is our own arithmetic, so a seed gives the same knowledge base everywhere.
struct SplitMix64 {
    private var state: UInt64

    /// A generator for one part of the knowledge base: the stream's name is mixed into the seed
    /// so that changing how many assets are drawn does not reshuffle the documents.
    init(seed: UInt64, stream: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in stream.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        state = seed ^ hash
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (multiply-high; the bias is far below anything a benchmark could notice).
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    /// A number in the closed range.
    mutating func between(_ low: Int, _ high: Int) -> Int {
        low + below(high - low + 1)
    }

    /// True with the given probability in percent.
    mutating func percent(_ p: Int) -> Bool {
        below(100) < p
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// `count` distinct elements (or all of them when there are fewer), in the order drawn.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var pool = items
        var chosen: [T] = []
        for _ in 0..<min(count, pool.count) {
            chosen.append(pool.remove(at: below(pool.count)))
        }
        return chosen
    }

    /// An index drawn according to integer weights.
    mutating func weighted(_ weights: [Int]) -> Int {
        var roll = below(weights.reduce(0, +))
        for (i, w) in weights.enumerated() {
            if roll < w { return i }
            roll -= w
        }
        return weights.count - 1
    }
}
