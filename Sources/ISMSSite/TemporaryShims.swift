// TEMPORARY until the search and history branches are merged.
import ISMSModel
struct SearchEntry: Sendable { var path: String; var title: String; var kind: String; var text: String }
enum SearchIndex {
    static func plainText(fromHTML html: String) -> String { "" }
    static func script(_ entries: [SearchEntry]) -> Data { Data() }
}
import Foundation
