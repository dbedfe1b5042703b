/// Links in documents that try to leave the knowledge base or run script.
extension BadInput {
    static func body(_ markdown: String) -> String { document(body: markdown) }

    static let links: [BadInput] = [
        BadInput("link climbing out of the knowledge base", ["policies/p.md": .text(body("[passwords](../../etc/passwd)"))], expect: [
            "policies/p.md:14:1: error: link to '../../etc/passwd', which leads outside the knowledge base [dangling-link]",
        ]),
        BadInput("link by absolute path", ["policies/p.md": .text(body("[passwords](/etc/passwd)"))], expect: [
            "policies/p.md:14:1: error: link to '/etc/passwd', which is not a file of the knowledge base [dangling-link]",
        ]),
        BadInput("link climbing out in percent-escapes", ["policies/p.md": .text(body("[a](%2e%2e/%2E%2E/%2e%2e/etc/passwd) [b](..%2F..%2F..%2Fetc%2Fpasswd) [c](..%5C..%5Cetc%5Cpasswd)"))], expect: [
            "policies/p.md:14:1: error: link to '%2e%2e/%2E%2E/%2e%2e/etc/passwd', which leads outside the knowledge base [dangling-link]",
            "policies/p.md:14:38: error: link to '..%2F..%2F..%2Fetc%2Fpasswd', which leads outside the knowledge base [dangling-link]",
            "policies/p.md:14:71: error: link to '..%5C..%5Cetc%5Cpasswd', which is not a file of the knowledge base [dangling-link]",
        ]),
        BadInput("image climbing out of the knowledge base", ["policies/p.md": .text(body("![x](../../../etc/hostname)"))], expect: [
            "policies/p.md:14:1: error: link to '../../../etc/hostname', which leads outside the knowledge base [dangling-link]",
        ]),
        BadInput("script links", ["policies/p.md": .text(body("[a](javascript:alert(1)) [b](vbscript:msgbox) [c](data:text/html;base64,PHNjcmlwdD4=)"))], expect: [
            "policies/p.md:14:1: error: link with unknown scheme 'javascript:'; use one of: asset:, threat:, vulnerability:, risk:, person:, role:, training:, audit:, review:, incident:, nonconformity:, objective:, doc:, control: [dangling-link]",
            "policies/p.md:14:26: error: link with unknown scheme 'vbscript:'; use one of: asset:, threat:, vulnerability:, risk:, person:, role:, training:, audit:, review:, incident:, nonconformity:, objective:, doc:, control: [dangling-link]",
            "policies/p.md:14:47: error: link with unknown scheme 'data:'; use one of: asset:, threat:, vulnerability:, risk:, person:, role:, training:, audit:, review:, incident:, nonconformity:, objective:, doc:, control: [dangling-link]",
        ]),
        BadInput("link to a refused file", ["policies/p.md": .text(body("[secret](secret.md)")), "policies/secret.md": .link("../../outside/secret.md")], expect: [
            "policies/p.md:14:1: error: link to 'secret.md', which is not a document of the knowledge base [dangling-link]",
            "policies/secret.md:1:1: error: symbolic link to '../../outside/secret.md', outside the knowledge base; not read [refused-file]",
        ]),
        BadInput("link to a file through a linked folder", ["policies/p.md": .text(body("[t](../elsewhere/more/t.yaml)")), "elsewhere": .link("../outside")], expect: [
            "elsewhere:1:1: error: symbolic link to '../outside', outside the knowledge base; not read [refused-file]",
            "policies/p.md:14:1: error: link to '../elsewhere/more/t.yaml', which is not a file of the knowledge base [dangling-link]",
        ]),
    ]
}
