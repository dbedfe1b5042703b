import Dispatch

/// Every distinct token of the site and the pages holding it, the content of the search index.
struct SearchPostings {
    /// The site's terms, numbered in order of first appearance.
    var terms = SearchTermTable(capacity: 1 << 16)
    /// Page numbers grouped by term: term `n`'s pages, ascending, are `pages[offsets[n]..<offsets[n + 1]]`.
    var pages: [Int32] = []
    var offsets: [Int] = []

    /// Pages tokenised at a time: each batch's pages are held until their terms are numbered,
    /// so a site of tens of thousands of pages never holds every page's terms at once. A
    /// batch of 8,192 set the documents build's peak (the per-page tables of all 5,000 pages);
    /// 2,048 still gives every core hundreds of pages at a time.
    static let batch = 2048

    init(_ entries: [SearchEntry]) {
        // Pages are independent, so each is normalised, tokenised and deduplicated on its own core;
        // only numbering the terms across the site is sequential.
        var numbers: [Int32] = []
        var pageEnds: [Int] = []
        var counts: [Int] = []
        for first in stride(from: 0, to: entries.count, by: Self.batch) {
            let pages = first..<min(first + Self.batch, entries.count)
            let perPage = UnsafeMutableBufferPointer<SearchPageTerms>.allocate(capacity: pages.count)
            perPage.initialize(repeating: SearchPageTerms())
            defer { perPage.deinitialize(); perPage.deallocate() }
            let slots = PageSlots(buffer: perPage)
            DispatchQueue.concurrentPerform(iterations: pages.count) { k in
                let entry = entries[first + k]
                slots.buffer[k] = SearchPageTerms(normalised: SearchIndex.normalise(entry.title + "\n" + entry.text))
            }

            // Term numbers page by page; as pages come in order, each term's pages come out ascending.
            // Grown by doubling: reserving just enough for each batch copied the whole list every time.
            let needed = numbers.count + perPage.reduce(0) { $0 + $1.count }
            if needed > numbers.capacity { numbers.reserveCapacity(max(needed, 2 * numbers.capacity)) }
            for p in perPage.indices {
                perPage[p].withTerms { text, starts, ends, hashes in
                    for n in 0..<hashes.count {
                        let term = terms.insert(UnsafeBufferPointer(rebasing: text[Int(starts[n])..<Int(ends[n])]), hash: hashes[n])
                        if term.added { counts.append(0) }
                        counts[term.number] += 1
                        numbers.append(Int32(term.number))
                    }
                }
                pageEnds.append(numbers.count)
            }
        }
        offsets = [0]
        offsets.reserveCapacity(counts.count + 1)
        for count in counts { offsets.append(offsets[offsets.count - 1] + count) }
        var next = offsets
        pages = Array(repeating: 0, count: numbers.count)
        var start = 0
        for (page, end) in pageEnds.enumerated() {
            for k in start..<end {
                let n = Int(numbers[k])
                pages[next[n]] = Int32(page)
                next[n] += 1
            }
            start = end
        }
    }

    /// The pages holding term `n`, ascending.
    func pages(of n: Int) -> ArraySlice<Int32> { pages[offsets[n]..<offsets[n + 1]] }
}

/// Per-page results shared by the tokenising tasks; safe because each task writes only its own index.
private struct PageSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<SearchPageTerms>
}
