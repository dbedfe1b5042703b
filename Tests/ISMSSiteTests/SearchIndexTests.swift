import Foundation
@testable import ISMSSite
import ISMSMarkdown
import ISMSTheme
import XCTest

final class SearchIndexTests: XCTestCase {
    /// Compares scalar by scalar: String equality would hide a difference in normalisation.
    func assertTokens(_ text: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        let tokens = SearchIndex.tokens(text)
        XCTAssertEqual(tokens.map { Array($0.unicodeScalars) }, expected.map { Array($0.unicodeScalars) }, "\(tokens)", file: file, line: line)
    }

    func testEnglishWordsAndIds() {
        assertTokens("The Access-Control policy (v2.1) covers A.8.13 and R-012.",
                     ["the", "access-control", "access", "control", "policy", "v2.1", "v2", "1", "covers",
                      "a.8.13", "a", "8", "13", "and", "r-012", "r", "012"])
        assertTokens("ISO/IEC 27001:2022, a..b -x- e-mail:",
                     ["iso/iec", "iso", "iec", "27001:2022", "27001", "2022", "a", "b", "x", "e-mail", "e", "mail"])
    }

    func testJapaneseBigrams() {
        assertTokens("情報セキュリティ方針", ["情報", "報セ", "セキ", "キュ", "ュリ", "リテ", "ティ", "ィ方", "方針"])
        // A lone character stays a unigram; punctuation such as 、 and ・ splits runs.
        assertTokens("第3条、アクセス・制御", ["第", "3", "条", "アク", "クセ", "セス", "制御"])
        assertTokens("정보 보안", ["정보", "보안"])
    }

    func testMixedScripts() {
        assertTokens("ISMS方針とA.5.1の管理策", ["isms", "方針", "針と", "a.5.1", "a", "5", "1", "の管", "管理", "理策"])
        assertTokens("ΟΔΟΣ Москва Cafe\u{301}", ["οδοσ", "москва", "caf\u{E9}"])
    }

    func testFullWidthAndHalfWidthFold() {
        assertTokens("ＩＳＭＳ　ｶﾀｶﾅ Ａ．８．１３ ２０２６年", ["isms", "カタ", "タカ", "カナ", "a.8.13", "a", "8", "13", "2026", "年"])
        // Half-width voiced kana become the single precomposed characters, as typed in full width.
        assertTokens("ﾊﾟｽﾜｰﾄﾞ", ["\u{30D1}\u{30B9}", "スワ", "ワー", "\u{30FC}\u{30C9}"])
    }

    /// Normalising only the runs around unstable characters must give what normalising all does.
    func testNormalisingByRunsEqualsNormalisingTheWhole() {
        let samples = [
            "plain ASCII Text", "Cafe\u{301} and caf\u{E9}", "ﾊﾟｽﾜｰﾄﾞ ＩＳＭＳ", "\u{3131}\u{314F} ㄱㅏ", "ΣΑΣ ΟΔΟΣ ς",
            "Ⅻ … ﬁle ŉ İstanbul Straße ÀÉ×Þ", "A\u{300}\u{316}b", "\u{AC00}\u{11A8} 가\u{11A8}", "x\u{FE0F}y ①②", "",
            "\u{301}leading mark", "trailing mark\u{301}", "㍿ ㌔ ｶﾞ", "Ωhm ℃ K Å",
        ]
        for sample in samples {
            XCTAssertEqual(Array(SearchIndex.normalise(sample).unicodeScalars), Array(SearchIndex.fullyNormalised(sample).unicodeScalars), sample)
        }
    }

    /// Every character the fast path leaves alone is one NFKC keeps, that nothing joins onto from before.
    func testStableCharactersAreLeftAloneByNFKC() {
        var failures: [String] = []
        for v in UInt32(0)...0xFFFF where SearchIndex.isStable(v) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let alone = String(scalar), lowered = String(Unicode.Scalar(SearchIndex.lowered(v))!)
            for (text, expected) in [(alone, lowered), ("a" + alone, "a" + lowered), ("\u{1100}" + alone, "\u{1100}" + lowered)]
            where Array(SearchIndex.fullyNormalised(text).unicodeScalars) != Array(expected.unicodeScalars) {
                failures.append(String(v, radix: 16))
            }
        }
        XCTAssertEqual(failures, [])
    }

    /// ASCII text is tokenised by a loop of its own; over every short string of a few words,
    /// joiners and separators, and over long random ones, it finds the general loop's tokens.
    func testASCIITokensAreTheGeneralLoopsTokens() {
        func tokens(_ text: String, _ scan: (UnsafeBufferPointer<UInt8>, (Int, Int) -> Void) -> Void) -> [String] {
            text.withUTF8Bytes { utf8 in
                var out: [String] = []
                scan(utf8) { out.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[$0..<$1]), as: UTF8.self)) }
                return out
            }
        }
        let pieces = ["a", "b2", "-", ".", "_", "/", ":", " ", ",", "\n", "(", "x"]
        var samples: [String] = [""], level: [String] = [""]
        for _ in 0..<5 {
            level = level.flatMap { s in pieces.map { s + $0 } }
            samples += level
        }
        // A fixed sequence of pseudo-random texts of 64 pieces.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<64 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            samples.append(text)
        }
        var differences: [String] = []
        for sample in samples where tokens(sample, SearchIndex.scanASCIITokens) != tokens(sample, SearchIndex.scanTokensOfAnyText) {
            differences.append(sample)
        }
        XCTAssertEqual(differences.prefix(5), [])
        XCTAssertEqual(samples.count, 1 + 12 + 144 + 1_728 + 20_736 + 248_832 + 500)
        XCTAssertEqual(tokens("See A.8.13, r-012 and 27001:2022.", SearchIndex.scanTokens), ["See", "A.8.13", "A", "8", "13", "r-012", "r", "012", "and", "27001:2022", "27001", "2022"])
        XCTAssertTrue(Array("0123456789abcdefg".utf8).withUnsafeBufferPointer { SearchIndex.isASCII($0) })
        for k in 0..<17 {
            var bytes = Array(repeating: UInt8(ascii: "a"), count: 17)
            bytes[k] = 0xC3
            XCTAssertFalse(bytes.withUnsafeBufferPointer { SearchIndex.isASCII($0) }, "\(k)")
        }
    }

    func testPlainText() {
        let html = """
            <h1 id="t">Title</h1>
            <p>A &amp; B &lt;ok&gt; &quot;q&quot; &#39;s&#39; &#x65E5;&#26412; &unknown; &#0; 5 < 6</p>\
            <script>var x = "<p>";</script><STYLE>p { color: red }</STYLE>\
            <p>in<b>line</b> <!-- hidden <p> --><a href="x>y">link</a><br>next<td>cell</td></p>
            """
        XCTAssertEqual(SearchIndex.plainText(fromHTML: html),
                       "Title A & B <ok> \"q\" 's' 日本 &unknown; \u{FFFD} 5 < 6 inline link next cell")
        XCTAssertEqual(SearchIndex.plainText(fromHTML: "  <p>\n  </p>  "), "")
        // Single spaces inside a run of text, and every other kind of gap, come out as one space.
        XCTAssertEqual(SearchIndex.plainText(fromHTML: "<p>one two  three\tfour <em>five</em> six</p><p> seven \n eight&amp; nine </p>x"),
                       "one two three four five six seven eight& nine x")
    }

    /// The text read off cmark's tree when a document is read is the text the search read out of
    /// its HTML, for every kind of block and inline and for every document of the example.
    func testTextOfTheTreeIsTheTextOfTheHTML() throws {
        var samples = [
            "# Title\n\nIntro with *emphasis*, **strong**, `code  span`, and a [link](doc:X \"title\").\nSoft\nbreak, hard  \nbreak, hard\\\nagain.",
            "Words<b>inline</b>raw <span>html</span> and <!-- a comment -->here.\n\n<div>\nblock html\n</div>\n\nafter",
            "An ![alt *text*](a.png \"t\") image, ![](b.png)x and [![inner](c.png)](d.md) linked.",
            "```swift\nlet a = 1\n\tlet  b = \"<x>\"\n```\n\n    indented\n    code\n\n---\n\n> quoted\n> > nested *quote*",
            "1. one\n2. two\n   - tight\n   - list\n\n- loose\n\n- list\n\n  with paragraphs",
            "| a | *b* | `c` |\n|:--|:-:|--:|\n| 1 | [x](doc:Y) | 3 |\n| 4 | 5 |\n\ntext after",
            "Entities: &amp; &lt; &gt; &quot; &#39; &copy; &#x65E5;&#26412; &nbsp;x\u{00A0}y\u{3000}z AT&T 5 < 6 > 4",
            "日本語の*強調*と`コード`、[リンク](doc:Z)。\n\n## 見出し\n\n本文\tタブ\u{0C}改ページ",
            "Setext\n======\n\nAnother\n-------\n\n#\n\n####### not a heading",
            "  leading spaces\n\n\n\ntrailing spaces   ",
            "NUL \u{0}byte, CR\r\nline end, form\u{0C}feed and a [dropped](missing:x) link",
            "",
        ]
        let content = ExampleKnowledgeBaseTests.content
        let files = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files.sorted(by: { $0.path < $1.path }) where file.pathExtension == "md" {
            samples.append(try String(contentsOf: file, encoding: .utf8))
        }
        XCTAssertGreaterThan(samples.count, 20)
        for sample in samples {
            guard let body = Markdown.prepare(sample, title: "Title").body else { continue }
            XCTAssertEqual(body.text, SearchIndex.plainText(fromHTML: body.html), "\(sample.prefix(80))")
        }
        XCTAssertEqual(Markdown.prepare(samples[2], title: nil).body?.text, "An image, x and linked.")
        XCTAssertEqual(Markdown.prepare(samples[1], title: nil).body?.text, "Wordsinlineraw html and here. after")
    }

    func testIndexScript() {
        let script = String(decoding: SearchIndex.script([
            SearchEntry(path: "risks/R-001.html", title: "Records leak", kind: "Risk", text: "Records leak via R-001.", snippet: false),
            SearchEntry(path: "documents/POL-01.html", title: "情報方針", kind: "Document", text: "Policy: records."),
        ]), as: UTF8.self)
        XCTAssertEqual(script, """
            // Search index of this site, read by search.js. Generated by isms; do not edit.
            window.ISMS_SEARCH={"kinds":["Risk","Document"],
            "pages":[
            ["risks/R-001.html","Records leak",0],
            ["documents/POL-01.html","情報方針",1,"Policy: records."]],
            "terms":["001","leak","policy","r","r-001","records","via","報方","情報","方針"],
            "postings":["0","0","1","0","0","01","0","1","1","1"]};

            """)
    }

    func testIndexScriptEscapesAndCutsSnippets() {
        let long = String(repeating: "word ", count: 40)
        let script = String(decoding: SearchIndex.script([
            SearchEntry(path: "a.html", title: "</script><!-- \"x\" \\ \u{2028}\u{2029}\u{1}", kind: "K", text: long),
        ]), as: UTF8.self)
        XCTAssertFalse(script.contains("</script"))
        XCTAssertFalse(script.contains("<!--"))
        XCTAssertFalse(script.contains("\u{2028}"))
        XCTAssertTrue(script.contains(#"["a.html","\u003c/script\u003e\u003c!-- \"x\" \\ \u2028\u2029\u0001",0,""# +
                                      String(repeating: "word ", count: 31) + "word…\"]"), script)
        // Runs between escapes are copied whole, a dash's first byte (that of U+2028 too) among them.
        var js = JavaScriptText()
        js.string("a—b\t\n\r\u{2028}é—")
        XCTAssertEqual(String(decoding: js.bytes, as: UTF8.self), #""a—b\t\n\r\u2028é—""#)
    }

    /// The cut by bytes for ASCII gives what cutting by Characters gives, at and around the length.
    func testSnippetsCutByBytesAsByCharacters() {
        func byCharacters(_ text: String) -> String {
            guard let end = text.index(text.startIndex, offsetBy: SearchIndex.snippetLength, limitedBy: text.endIndex), end < text.endIndex else { return text }
            var cut = text[..<end]
            while cut.last?.isWhitespace == true { cut.removeLast() }
            return cut + "…"
        }
        let n = SearchIndex.snippetLength
        var texts: [String] = []
        for length in [n - 1, n, n + 1, n + 2, n + 40] {
            texts.append(String(repeating: "a", count: length))
            texts.append(String(repeating: "a", count: max(0, length - 3)) + "\t \n")
            texts.append(String(repeating: "a", count: n - 2) + "   " + String(repeating: "b", count: max(0, length - n - 1)))
            texts.append(String(repeating: "a", count: n - 1) + "\r\n" + String(repeating: "c", count: max(0, length - n - 1)))
            texts.append(String(repeating: "é", count: length))
            texts.append(String(repeating: "a", count: n) + "\u{301}" + String(repeating: "d", count: max(0, length - n)))
            texts.append(String(repeating: "a", count: n - 1) + " \u{A0}" + String(repeating: "e", count: max(0, length - n)))
        }
        for text in texts { XCTAssertEqual(SearchIndex.snippet(text), byCharacters(text), text.debugDescription) }
    }

    func testPageTermsAreTheDistinctTokensInOrder() {
        // Compounds yield more tokens than a quarter of the bytes, so the slots grow several times.
        let text = (0..<3_000).map { "a\($0 % 700).b\($0 % 300)" }.joined(separator: " ") + " 情報セキュリティ Backup backup"
        let normalised = SearchIndex.normalise(text)
        let page = SearchPageTerms(normalised: normalised)
        var seen: Set<String> = [], expected: [String] = []
        for token in SearchIndex.tokens(text) where seen.insert(token).inserted { expected.append(token) }
        let terms = page.withTerms { text, starts, ends, hashes in
            (0..<hashes.count).map { n -> String in
                XCTAssertEqual(hashes[n], UnsafeBufferPointer(rebasing: text[Int(starts[n])..<Int(ends[n])]).fnv1a)
                return String(decoding: text[Int(starts[n])..<Int(ends[n])], as: UTF8.self)
            }
        }
        XCTAssertEqual(terms, expected)
        // 2,100 distinct compounds (the least common multiple of 700 and 300), their parts, 7 bigrams and one word.
        XCTAssertEqual(page.count, 2_100 + 700 + 300 + 7 + 1)
        XCTAssertEqual(SearchPageTerms(normalised: "").count, 0)
    }

    func testPagesWithoutAnEntryAreLeftOut() {
        let a = SearchEntry(path: "a.html", title: "Backup policy", kind: "Document", text: "tapes")
        let b = SearchEntry(path: "b.html", title: "Restore", kind: "Risk", text: "tapes again", snippet: false)
        XCTAssertEqual(SearchIndex.script(SearchPages([nil, a, nil, nil, b, nil])), SearchIndex.script([a, b]))
        XCTAssertEqual(SearchPages([nil, a, nil, b]).count, 2)
        XCTAssertEqual(SearchPages([nil, a, nil, b])[1].path, "b.html")
    }

    func testPostingsOfASiteLargerThanABatch() {
        // Pages are tokenised a batch at a time; terms and pages must come out as in one pass.
        let count = SearchPostings.batch * 2 + 17
        let entries = (0..<count).map { n in
            SearchEntry(path: "p\(n).html", title: "Page \(n)", kind: "k", text: n % 3 == 0 ? "backup tape-\(n % 5)" : "restore")
        }
        let postings = SearchPostings(SearchPages(entries))
        var pagesOf: [String: [Int32]] = [:]
        for (n, entry) in entries.enumerated() {
            for token in Set(SearchIndex.tokens(entry.title + "\n" + entry.text)) { pagesOf[token, default: []].append(Int32(n)) }
        }
        let order = postings.termsInUTF16Order()
        let terms = order.map { String(decoding: postings.term($0), as: UTF8.self) }
        XCTAssertEqual(terms, pagesOf.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        for (term, t) in zip(terms, order) { XCTAssertEqual(Array(postings.pages(of: t)), pagesOf[term], term) }
        // Both halves hold terms, each numbered in order of first appearance.
        XCTAssertEqual(Set(order.map(\.shard)), [0, 1])
        for shard in 0..<2 {
            let firsts = order.filter { $0.shard == shard }.sorted { $0.number < $1.number }.map { postings.pages(of: $0).first! }
            XCTAssertEqual(firsts, firsts.sorted())
        }
    }

    func testTermsOfBothHalvesMergeInUTF16Order() {
        // A letter past U+FFFF (a surrogate pair in UTF-16) sorts before a mark at U+FE20 in
        // JavaScript, though after it by code point; the two halves' terms must merge that way.
        let entries = (0..<64).map { n in
            SearchEntry(path: "p\(n).html", title: "a\u{FE20}\(n)", kind: "k", text: "a\u{10400}\(n) a\(n) zz")
        }
        let postings = SearchPostings(SearchPages(entries))
        let terms = postings.termsInUTF16Order().map { String(decoding: postings.term($0), as: UTF8.self) }
        XCTAssertEqual(Set(postings.termsInUTF16Order().map(\.shard)), [0, 1])
        XCTAssertEqual(terms.count, 3 * 64 + 1)
        XCTAssertEqual(terms, terms.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
        XCTAssertNotEqual(terms, terms.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
    }

    func testPagesOfALargeSiteKeepTheirOrder() {
        // Pages are written in slices on all cores; joined, they must read as written one by one.
        let entries = (0..<9_000).map { n in
            SearchEntry(path: "p\(n).html", title: "Title \(n) \"q\"", kind: n % 2 == 0 ? "a" : "b", text: "text of page \(n)", snippet: n % 3 == 0)
        }
        var expected = JavaScriptText()
        for (n, entry) in entries.enumerated() {
            expected.raw(n == 0 ? "\n[" : ",\n[")
            expected.string(entry.path)
            expected.raw(",")
            expected.string(entry.title)
            expected.raw(",\(n % 2)")
            if entry.snippet {
                expected.raw(",")
                expected.string(SearchIndex.snippet(entry.text))
            }
            expected.raw("]")
        }
        let script = String(decoding: SearchIndex.script(entries), as: UTF8.self)
        XCTAssertTrue(script.contains("\"pages\":[" + String(decoding: expected.bytes, as: UTF8.self) + "],\n\"terms\":["))
    }

    func testPostingsAreGapsInBase32() {
        let entries = (0...1000).map { n in SearchEntry(path: "\(n).html", title: "", kind: "", text: [0, 1, 33, 1000].contains(n) ? "needle" : "") }
        let script = String(decoding: SearchIndex.script(entries), as: UTF8.self)
        // Gaps 0, 1, 32 (0 then 1: "w1") and 967 (7 then 30: "Du").
        XCTAssertTrue(script.hasSuffix("\n\"terms\":[\"needle\"],\n\"postings\":[\"01w1Du\"]};\n"), script)
    }

    func testIndexIsDeterministic() {
        let entries = (0..<200).map { SearchEntry(path: "p\($0).html", title: "Page \($0)", kind: "Page", text: "情報 text \($0 % 7) R-\($0)") }
        XCTAssertEqual(SearchIndex.script(entries), SearchIndex.script(entries))
    }

    func testSearchPageTemplate() throws {
        let theme = try Theme.make(defaults: ISMSTheme.files, language: "en")
        let page = try XCTUnwrap(theme.templates.render(["root": ""], withTemplate: "search"))
        XCTAssertTrue(page.contains(#"<form class="search-form" action="search.html" method="get" role="search">"#), page)
        XCTAssertTrue(page.contains(#"<input id="search-input" name="q" type="search""#), page)
        XCTAssertTrue(page.contains(#"data-none="No page matches your search." data-count="{n} pages found""#), page)
        XCTAssertTrue(page.contains("<noscript><p class=\"search-needs-script\">\(theme.strings["searchNeedsScript"])</p></noscript>"), page)
        XCTAssertTrue(page.hasSuffix("<script src=\"search-index.js\"></script>\n<script src=\"static/search.js\"></script>\n"), page)
        XCTAssertEqual(page.components(separatedBy: "<script").count - 1, 2, "only the two external scripts")
        XCTAssertFalse(page.lowercased().contains(" on"), "no inline event handlers")
    }

    // MARK: - The JavaScript side, run under node when the machine has it

    /// Samples on which the Swift and JavaScript tokenisers must agree exactly.
    static let samples = [
        "The Access-Control policy (v2.1) covers A.8.13 and R-012.", "情報セキュリティ方針", "第3条、アクセス・制御",
        "ISMS方針とA.5.1の管理策", "ＩＳＭＳ　ｶﾀｶﾅ Ａ．８．１３ ２０２６年", "ﾊﾟｽﾜｰﾄﾞ", "정보 보안", "ΟΔΟΣ Москва Café",
        "Cafe\u{301} İstanbul Straße ﬁle ①② ㈱ ¼", "a..b -x- e-mail: __init__ x/y:z 10:30 :a:", "👍ok 😀 ok👍",
        "", "   ", "々 〇 ー ヽ ゝ 〆", "𠮷野家 𩸽", "ｱｲｳ ｰ", "Ǆemal ǅ ǆ", "a\u{2028}b\u{0}c", "नमस्ते दुनिया", "สวัสดีครับ",
    ]

    func testJavaScriptTokensMatchSwift() throws {
        let output = try runNode("""
            const { tokens } = require(process.argv[1]);
            const samples = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            process.stdout.write(JSON.stringify(samples.map((s) => tokens(s))));
            """, input: try JSONSerialization.data(withJSONObject: Self.samples))
        let javascript = try XCTUnwrap(JSONSerialization.jsonObject(with: output) as? [[String]])
        XCTAssertEqual(javascript.count, Self.samples.count)
        for (sample, js) in zip(Self.samples, javascript) {
            // Compare scalars: String equality would hide a difference in normalisation.
            XCTAssertEqual(js.map { Array($0.unicodeScalars) }, SearchIndex.tokens(sample).map { Array($0.unicodeScalars) },
                           "\(sample): JavaScript \(js), Swift \(SearchIndex.tokens(sample))")
        }
    }

    func testJavaScriptSearchReadsTheIndex() throws {
        let index = SearchIndex.script([
            SearchEntry(path: "risks/R-001.html", title: "Records leak", kind: "Risk", text: "Paper records leak through A.8.13 backups."),
            SearchEntry(path: "documents/POL-01.html", title: "情報セキュリティ方針", kind: "Document", text: "Records policy. 情報セキュリティ方針を定める。"),
            SearchEntry(path: "risks/R-002.html", title: "Backup failure", kind: "Risk", text: "No backups of records for A.8.1."),
        ])
        let queries = ["records", "RECORDS leak", "rec", "backup", "backups", "A.8.13", "a.8.1", "A.8.1 ", "セキュリティ",
                       "ｾｷｭﾘﾃｨ", "情", "方", "leak 方針", "nothing", "", "  "]
        let hits = try search(queries, in: index)
        XCTAssertEqual(hits, [
            [0, 1, 2],  // records: in R-001's title first
            [0],        // every token must match, case folded
            [0, 1, 2],  // the last word typed matches as a prefix
            [2, 0],     // prefix: "Backup failure" by title, then backups in R-001's text
            [0, 2],     // both hold it; ties keep site order
            [0],
            [2, 0],     // still typing: the id a.8.1 itself, then a.8.13 by prefix
            [2],        // a space ends the word, so only the id a.8.1
            [1],
            [1],        // half-width katakana query
            [1],        // a lone kanji is found inside bigrams
            [1],
            [],         // nothing holds both
            [],
            nil, nil,   // no query
        ])
    }

    func testJavaScriptDecodesLongPostings() throws {
        let pages = [0, 1, 33, 1000, 40000]
        let entries = (0...40000).map { n in SearchEntry(path: "\(n).html", title: "", kind: "", text: pages.contains(n) ? "needle" : "hay") }
        // Searched outside the assertion, which would report a skip as a failure.
        let hits = try search(["needle", "hay"], in: SearchIndex.script(entries))
        XCTAssertEqual(hits, [pages, (0...40000).filter { !pages.contains($0) }])
    }

    /// Page numbers that search.js finds for each query, nil for no query.
    func search(_ queries: [String], in index: Data) throws -> [[Int]?] {
        let indexFile = FileManager.default.temporaryDirectory.appendingPathComponent("isms-search-\(UUID().uuidString).js")
        try index.write(to: indexFile)
        defer { try? FileManager.default.removeItem(at: indexFile) }
        let output = try runNode("""
            global.window = {};
            require('vm').runInThisContext(require('fs').readFileSync(process.argv[2], 'utf8'));
            const { search } = require(process.argv[1]);
            const queries = JSON.parse(require('fs').readFileSync(0, 'utf8'));
            process.stdout.write(JSON.stringify(queries.map((q) => search(q))));
            """, arguments: [indexFile.path], input: try JSONSerialization.data(withJSONObject: queries))
        let results = try XCTUnwrap(JSONSerialization.jsonObject(with: output) as? [Any])
        return results.map { $0 as? [Int] }
    }

    /// Runs a node script with `search.js` as its first argument; skips the test when node is missing.
    func runNode(_ script: String, arguments: [String] = [], input: Data) throws -> Data {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let node = path.split(separator: ":").map({ URL(fileURLWithPath: String($0)).appendingPathComponent("node") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else { throw XCTSkip("node is not installed") }
        // The script is compiled into the binary; node reads it from a scratch copy.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("isms-search-\(UUID().uuidString).js")
        try XCTUnwrap(ISMSTheme.files["search.js"]).write(to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let process = Process()
        process.executableURL = node
        process.arguments = ["-e", script, copy.path] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, String(decoding: err, as: UTF8.self))
        return out
    }

    /// The switch that tells inline elements names exactly the elements of the table: every
    /// name of up to three letters, and each longer name of the table with a letter changed.
    func testInlineTagsAreTheTable() {
        let letters = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { String(UnicodeScalar($0)) }
        var names = letters
        for a in letters { for b in letters { names.append(a + b); for c in letters { names.append(a + b + c) } } }
        let table = ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd",
                     "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"]
        for name in table where name.count > 3 {
            names.append(name)
            for letter in letters { names.append(String(name.dropLast()) + letter); names.append(letter + name.dropFirst()) }
        }
        names += ["p", "li", "h1", "h6", "table", "thead", "td", "br", "div", "section", "strongest"]
        let packedTable = Set(table.map(PlainTextReader.packed))
        XCTAssertEqual(Set(PlainTextReader.inline), packedTable)
        let wrong = names.filter { PlainTextReader.isInline(PlainTextReader.packed($0)) != packedTable.contains(PlainTextReader.packed($0)) }
        XCTAssertEqual(wrong, [])
        XCTAssertEqual(Set(names.filter { PlainTextReader.isInline(PlainTextReader.packed($0)) }), Set(table))
    }
}
