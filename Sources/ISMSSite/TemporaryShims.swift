// TEMPORARY until the search and history branches are merged.
import ISMSModel
struct SearchEntry: Sendable { var path: String; var title: String; var kind: String; var text: String }
enum SearchIndex {
    static func plainText(fromHTML html: String) -> String { "" }
    static func script(_ entries: [SearchEntry]) -> Data { Data() }
}
struct ShimRevision { var commit: String; var date: CalendarDate; var author: String; var subject: String }
extension PageLinks {
    func revisions(of d: Document) -> [ShimRevision]? { nil }
}
import Foundation
