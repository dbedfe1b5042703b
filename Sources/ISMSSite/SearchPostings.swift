import Dispatch
import ISMSModel

/// Every distinct token of the site and the pages holding it, the content of the search index.
///
/// The terms are split in two by one bit of their hash, and each half is numbered on a core of
/// its own: numbering the terms of every page across the site was the longest stretch of the
/// build on one core. Nothing outside depends on the numbers, as the index lists its terms in
/// UTF-16 order.
struct SearchPostings {
    /// The two halves of the site's terms.
    private(set) var shards: [Shard]

    /// A term of the site: the half it is in and its number there.
    struct Term: Equatable {
        let shard: Int
        let number: Int
    }

    /// Pages tokenised at a time: each batch's pages are held until their terms are numbered,
    /// so a site of tens of thousands of pages never holds every page's terms at once. A
    /// batch of 8,192 set the documents build's peak (the per-page tables of all 5,000 pages);
    /// 2,048 still gives every core hundreds of pages at a time.
    static let batch = 2048

    init(_ entries: SearchPages) {
        let halves = (ShardBuilder(half: 0), ShardBuilder(half: 1))
        for first in stride(from: 0, to: entries.count, by: Self.batch) {
            let pages = first..<min(first + Self.batch, entries.count)
            let perPage = UnsafeMutableBufferPointer<SearchPageTerms>.allocate(capacity: pages.count)
            perPage.initialize(repeating: SearchPageTerms())
            defer { perPage.deinitialize(); perPage.deallocate() }
            let slots = PageSlots(buffer: perPage)
            // Pages are independent, so each is normalised, tokenised and deduplicated on its own core.
            DispatchQueue.concurrentPerform(iterations: pages.count) { k in
                slots.buffer[k] = SearchPageTerms(normalised: SearchIndex.normalise(entries[first + k].title + "\n" + entries[first + k].text))
            }
            _ = concurrently({ halves.0.number(slots) }, { halves.1.number(slots) })
        }
        let (low, high) = concurrently({ halves.0.finished() }, { halves.1.finished() })
        shards = [low, high]
    }

    /// The bytes of a term.
    func term(_ t: Term) -> ArraySlice<UInt8> { shards[t.shard].terms.term(t.number) }

    /// The pages holding a term, ascending.
    func pages(of t: Term) -> ArraySlice<Int32> { shards[t.shard].pages(of: t.number) }

    /// Every term, each once, in the order of its UTF-16 code units, which is how JavaScript's
    /// `<` compares strings. Each half is sorted on a core of its own, then the two are merged;
    /// terms are distinct, so the order is the one a single sort gives.
    func termsInUTF16Order() -> [Term] {
        let (low, high) = (shards[0], shards[1])
        let (lowOrder, highOrder) = concurrently({ low.terms.numbersInUTF16Order() }, { high.terms.numbersInUTF16Order() })
        var merged: [Term] = []
        merged.reserveCapacity(lowOrder.count + highOrder.count)
        var i = 0, j = 0
        while i < lowOrder.count && j < highOrder.count {
            let a = low.terms.term(lowOrder[i]), b = high.terms.term(highOrder[j])
            let highFirst = b.withUnsafeBufferPointer { b in a.withUnsafeBufferPointer { a in SearchTermTable.utf16Precedes(b, a) } }
            if highFirst { merged.append(Term(shard: 1, number: highOrder[j])); j += 1 } else { merged.append(Term(shard: 0, number: lowOrder[i])); i += 1 }
        }
        merged += lowOrder[i...].map { Term(shard: 0, number: $0) }
        merged += highOrder[j...].map { Term(shard: 1, number: $0) }
        return merged
    }

    /// Bytes of all the terms, end to end.
    var termBytes: Int { shards.reduce(0) { $0 + $1.terms.bytes.count } }

    /// Pages listed for all the terms together.
    var postingCount: Int { shards.reduce(0) { $0 + $1.pages.count } }

    /// One half of the terms, numbered in order of first appearance, with their pages.
    struct Shard: Sendable {
        var terms: SearchTermTable
        /// Page numbers grouped by term: term `n`'s pages, ascending, are `pages[offsets[n]..<offsets[n + 1]]`.
        var pages: [Int32]
        var offsets: [Int]

        /// The pages holding term `n`, ascending.
        func pages(of n: Int) -> ArraySlice<Int32> { pages[offsets[n]..<offsets[n + 1]] }
    }
}

/// One half of the terms while the batches come in, filled by one task at a time.
private final class ShardBuilder: @unchecked Sendable {
    /// The value of the hash's top bit the terms of this half have.
    let half: UInt64
    var terms = SearchTermTable(capacity: 1 << 15)
    /// Term numbers page by page; as pages come in order, each term's pages come out ascending.
    var numbers: [Int32] = []
    var pageEnds: [Int] = []

    init(half: UInt64) { self.half = half }

    /// Numbers this half's terms of a batch of pages.
    func number(_ batch: PageSlots) {
        // Worked on in locals: a class's stored properties are checked for exclusive access at
        // each use, which cost more than looking up a term.
        var terms = self.terms, numbers = self.numbers, pageEnds = self.pageEnds
        self.terms = SearchTermTable(capacity: 0)
        self.numbers = []
        self.pageEnds = []
        let needed = numbers.count + batch.buffer.reduce(0) { $0 + $1.count }
        // Grown by doubling: reserving just enough for each batch copied the whole list every time.
        if needed > numbers.capacity { numbers.reserveCapacity(max(needed, 2 * numbers.capacity)) }
        for page in batch.buffer {
            page.withTerms { text, starts, ends, hashes in
                for n in 0..<hashes.count where hashes[n] >> 63 == half {
                    let term = terms.insert(UnsafeBufferPointer(rebasing: text[Int(starts[n])..<Int(ends[n])]), hash: hashes[n])
                    numbers.append(Int32(term.number))
                }
            }
            pageEnds.append(numbers.count)
        }
        self.terms = terms
        self.numbers = numbers
        self.pageEnds = pageEnds
    }

    /// The terms with their pages, grouped by term.
    func finished() -> SearchPostings.Shard {
        var counts = [Int](repeating: 0, count: terms.count)
        for n in numbers { counts[Int(n)] += 1 }
        var offsets = [0]
        offsets.reserveCapacity(counts.count + 1)
        for count in counts { offsets.append(offsets[offsets.count - 1] + count) }
        var next = offsets
        var pages = [Int32](repeating: 0, count: numbers.count)
        var start = 0
        for (page, end) in pageEnds.enumerated() {
            for k in start..<end {
                let n = Int(numbers[k])
                pages[next[n]] = Int32(page)
                next[n] += 1
            }
            start = end
        }
        return SearchPostings.Shard(terms: terms, pages: pages, offsets: offsets)
    }
}

/// Per-page results shared by the tokenising tasks; safe because each task writes only its own
/// index, and the numbering tasks only read.
private struct PageSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<SearchPageTerms>
}
