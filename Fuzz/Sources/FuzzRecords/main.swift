import Foundation
import FuzzSupport

/// Where the fuzzed YAML goes, chosen by the input's first byte: every reader of YAML files.
let places = [
    "isms.yaml", "assets/f.yaml", "threats/f.yaml", "vulnerabilities/f.yaml", "risks/f.yaml", "soa/f.yaml",
    "people/f.yaml", "roles/f.yaml", "training/f.yaml", "audits/f.yaml", "reviews/f.yaml", "incidents/f.yaml",
    "nonconformities/f.yaml", "objectives/f.yaml", "catalogues/f.yaml", "elsewhere/f.yaml",
]

/// What libFuzzer runs on each input: a selector byte, then the YAML of one file, loaded with the small
/// knowledge base and checked.
func fuzzRecords(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let place = places[Int(start[0]) % places.count]
    _ = try? FuzzKnowledgeBase.check([place: Data(bytes: start + 1, count: count - 1)])
    return 0
}

exit(FuzzDriver.run(fuzzRecords))
