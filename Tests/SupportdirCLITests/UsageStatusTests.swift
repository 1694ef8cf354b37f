import Testing

@Suite("Usage errors")
struct UsageStatusTests {
    @Test("every command, validate too, exits 64 when an option is missing its value (issue 18)")
    func statuses() throws {
        #expect(try CLI.run(["validate", "--reporter"]).status == 64)
        #expect(try CLI.run(["new", "--kind"]).status == 64)
        let resolve = try CLI.run(["resolve", "amazon", "refund", "--no-such-option"])
        #expect(resolve.status == 64)
        #expect(resolve.stderr.contains("--no-such-option"))
    }
}

@Suite("Empty directory")
struct EmptyDirectoryTests {
    @Test("list with no profiles says where it looked and how to add one, instead of a bare header")
    func emptyList() throws {
        let run = try CLI.run(["list", "--no-builtin"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("no merchant profiles found"))
        #expect(run.stderr.contains("supportdir new"))
    }
}

@Suite("show in the reader's language")
struct ShowLanguageTests {
    @Test("section headings follow --lang; English stays the default")
    func headings() throws {
        let ja = try CLI.run(["show", "amazon-jp", "--lang", "ja"])
        #expect(ja.status == 0)
        #expect(ja.stdout.contains("連絡手段"))
        #expect(!ja.stdout.contains("\nChannels\n"))
        let en = try CLI.run(["show", "amazon"])
        #expect(en.stdout.contains("\nChannels\n"))
    }
}
