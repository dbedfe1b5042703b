import Foundation
import FuzzSupport
import ISMSMarkdown

/// What libFuzzer runs on each input: the input is Markdown, rendered in safe mode (pipe tables included);
/// the HTML must hold nothing but what cmark and the tables write.
func fuzzPipeTables(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    let html = Markdown.render(text).html
    if let problem = HTMLInvariants.violation(in: html) { fatalError("unsafe HTML: \(problem)\n\(html)") }
    return 0
}

exit(FuzzDriver.run(fuzzPipeTables))
