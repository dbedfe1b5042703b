/// File names that are awkward anywhere else, links that lead out of the knowledge base or
/// nowhere, and entries that are not files.
extension BadInput {
    static let broken = document(approved: "someday")

    static let fileSystem: [BadInput] = [
        BadInput("file name with spaces", ["policies/access control policy.md": .text(broken)], expect: [
            "policies/access control policy.md:7:11: error: 'approved' is not a valid date: 'someday'; write dates as YYYY-MM-DD [invalid-date]",
            "policies/access control policy.md:7:11: warning: document 'POL-02' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
        ]),
        BadInput("file name with a colon", ["policies/ISO:27001.md": .text(broken)], expect: [
            "policies/ISO:27001.md:7:11: error: 'approved' is not a valid date: 'someday'; write dates as YYYY-MM-DD [invalid-date]",
            "policies/ISO:27001.md:7:11: warning: document 'POL-02' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
        ]),
        BadInput("file name in Japanese", ["policies/情報セキュリティ方針.md": .text(broken)], expect: [
            "policies/情報セキュリティ方針.md:7:11: error: 'approved' is not a valid date: 'someday'; write dates as YYYY-MM-DD [invalid-date]",
            "policies/情報セキュリティ方針.md:7:11: warning: document 'POL-02' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
        ]),
        BadInput("file name with a leading dash", ["policies/-rf.md": .text(broken)], expect: [
            "policies/-rf.md:7:11: error: 'approved' is not a valid date: 'someday'; write dates as YYYY-MM-DD [invalid-date]",
            "policies/-rf.md:7:11: warning: document 'POL-02' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
        ]),
        BadInput("file name like an option", ["threats/--output=x.yaml": .text("id: T-2\nname: Flood\ncategories: E\nlikelihood: often\n")], expect: [
            "threats/--output=x.yaml:4:13: error: 'likelihood' must be a whole number, found 'often' [wrong-type]",
        ]),
        BadInput("file name with markup", ["policies/<img src=x onerror=alert(1)>.md": .text(broken)], expect: [
            "policies/<img src=x onerror=alert(1)>.md:7:11: error: 'approved' is not a valid date: 'someday'; write dates as YYYY-MM-DD [invalid-date]",
            "policies/<img src=x onerror=alert(1)>.md:7:11: warning: document 'POL-02' has no approval date; record who approved it ('approver') and when ('approved') [unapproved-document]",
        ]),
        BadInput("link to a file outside by absolute path", ["policies/passwd.md": .link("/etc/passwd")], expect: [
            "policies/passwd.md:1:1: error: symbolic link to '/etc/passwd', outside the knowledge base; not read [refused-file]",
        ]),
        BadInput("link to a file outside by relative path", ["policies/secret.md": .link("../../outside/secret.md")], expect: [
            "policies/secret.md:1:1: error: symbolic link to '../../outside/secret.md', outside the knowledge base; not read [refused-file]",
        ]),
        BadInput("link to a folder outside", ["threats/more": .link("../../outside/more")], expect: [
            "threats/more:1:1: error: symbolic link to '../../outside/more', outside the knowledge base; not read [refused-file]",
        ]),
        BadInput("link to an image outside", ["images/logo.png": .link("/etc/hostname")], expect: [
            "images/logo.png:1:1: error: symbolic link to '/etc/hostname', outside the knowledge base; not read [refused-file]",
        ]),
        BadInput("loop of two links", ["policies/a.md": .link("b.md"), "policies/b.md": .link("a.md")], expect: [
            "policies/a.md:1:1: error: symbolic link loop; not read [refused-file]",
            "policies/b.md:1:1: error: symbolic link loop; not read [refused-file]",
        ]),
        BadInput("link to itself", ["policies/self.md": .link("self.md")], expect: [
            "policies/self.md:1:1: error: symbolic link loop; not read [refused-file]",
        ]),
        BadInput("link to the folder above", ["policies/up": .link("..")], expect: [
            "policies/up:1:1: error: symbolic link to the folder '..'; links to folders are not followed; not read [refused-file]",
        ]),
        BadInput("link to nothing", ["policies/gone.md": .link("removed.md")], expect: [
            "policies/gone.md:1:1: error: symbolic link to 'removed.md', which does not exist; not read [refused-file]",
        ]),
        BadInput("named pipe", ["policies/pipe.md": .pipe], expect: [
            "policies/pipe.md:1:1: error: not a regular file (a named pipe); not read [refused-file]",
        ]),
        BadInput("link to a named pipe", ["threats/pipe.yaml": .pipe, "threats/t.yaml": .link("pipe.yaml")], expect: [
            "threats/pipe.yaml:1:1: error: not a regular file (a named pipe); not read [refused-file]",
            "threats/t.yaml:1:1: error: symbolic link to 'pipe.yaml', which is not a regular file (a named pipe); not read [refused-file]",
        ]),
    ]
}
