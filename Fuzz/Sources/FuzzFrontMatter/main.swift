import Foundation
import FuzzSupport

/// What libFuzzer runs on each input: the input is a Markdown document with front matter, read as
/// `policies/fuzzed.md` of a small knowledge base, then checked.
func fuzzFrontMatter(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    _ = try? FuzzKnowledgeBase.check(["policies/fuzzed.md": Data(bytes: start, count: count)])
    return 0
}

exit(FuzzDriver.run(fuzzFrontMatter))
