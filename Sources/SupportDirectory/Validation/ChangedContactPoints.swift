import Foundation

/// The review aid against scams: every phone number, email and URL added or changed since a git
/// revision, as notices with file and line, so a reviewer sees exactly which contact points a pull
/// request touches.
public enum ChangedContactPoints {
    public static let ruleID = "changed-contact-point"
    public static let description = "A phone number, email or URL added or changed since the given revision: check it against its source."
    /// Names, aliases, group, domains and `resembles` entries added or changed: who the profile says it is.
    /// They come first in the review, before URLs and numbers: an impersonating profile starts there.
    public static let identityRuleID = "changed-identity"

    /// Notices for the contact points of `files` on lines added or changed since `revision`.
    public static func notices(in files: [ValidatedFile], since revision: String) throws(ValidationToolError) -> [Finding] {
        var changed: [String: Set<Int>] = [:]   // resolved path -> changed lines (nil set = whole file new)
        var wholeFiles = Set<String>()
        let byFolder = Dictionary(grouping: files) { $0.url.deletingLastPathComponent().standardizedFileURL.path }
        for (folder, _) in byFolder.sorted(by: { $0.key < $1.key }) {
            let top = try git(["rev-parse", "--show-toplevel"], in: folder,
                              failure: "--changed-since needs a git checkout, and \(folder) is not in one").trimmingCharacters(in: .whitespacesAndNewlines)
            let topURL = URL(fileURLWithPath: top)
            _ = try git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: top,
                        failure: "'\(revision)' is not a revision of the git checkout at \(top)")
            let diff = try git(["diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", revision, "--", folder], in: top)
            for (path, lines) in parse(diff: diff) {
                changed[Validator.key(topURL.appendingPathComponent(path)), default: []].formUnion(lines)
            }
            let untracked = try git(["ls-files", "--others", "--exclude-standard", "--full-name", "--", folder], in: top)
            for path in untracked.split(separator: "\n") where !path.isEmpty {
                wholeFiles.insert(Validator.key(topURL.appendingPathComponent(String(path))))
            }
        }
        var notices: [Finding] = []
        for file in files {
            let key = Validator.key(file.url)
            let lines = changed[key] ?? []
            let whole = wholeFiles.contains(key)
            guard whole || !lines.isEmpty else { continue }
            notices += identityNotices(in: file, since: revision) { whole || lines.contains($0) }
            for point in file.contactPoints {
                let at = file.location(of: point.path)
                guard whole || lines.contains(at.line) else { continue }
                var message = "\(point.field.rawValue) \(point.value) of \(point.owner) was added or changed since \(revision)"
                if let source = point.source {
                    message += "; reviewers: open \(source.url) (seen \(source.seen), \(source.quality.rawValue)) and check that it shows exactly this \(point.field.rawValue)"
                } else {
                    message += "; it has no source, so it cannot be checked"
                }
                notices.append(file.finding(ruleID: ruleID, severity: .notice, message: message, at: at))
            }
        }
        notices += ChangedParts.notices(in: files, changed: { file in
            let key = Validator.key(file.url)
            return (wholeFiles.contains(key), changed[key] ?? [])
        }, since: revision)
        return notices
    }

    /// Who the profile says it is, where it changed: names, aliases, group, domains, `resembles`.
    static func identityNotices(in file: ValidatedFile, since revision: String, changed: (Int) -> Bool) -> [Finding] {
        guard let profile = file.profile else { return [] }
        var notices: [Finding] = []
        func notice(_ message: String, _ path: [any CodingKey]) {
            let at = file.location(of: path)
            guard changed(at.line) else { return }
            notices.append(file.finding(ruleID: identityRuleID, severity: .notice, message: message, at: at))
        }
        let check = "reviewers: check that it is this merchant's own name, not another merchant's (the impersonation rules catch look-alikes, not every borrowed name)"
        for (language, text) in profile.names.entries {
            notice("name (\(language)) '\(text)' was added or changed since \(revision); \(check)", [PK.names, key(language)])
        }
        for (i, alias) in profile.aliases.enumerated() {
            notice("alias '\(alias)' was added or changed since \(revision); \(check)", [PK.aliases, Index(i)])
        }
        if let group = profile.group {
            notice("group '\(group)' was added or changed since \(revision); reviewers: a group lets its profiles share names, so check that the merchants really belong together", [PK.group])
        }
        // A widened `domains` list makes every contact point on the new domain pass the domain checks.
        for (i, domain) in profile.domains.enumerated() {
            notice("official domain \(domain) was added or changed since \(revision); reviewers: check that the merchant really owns it (every contact point on it will pass the domain checks)",
                   [PK.domains, Index(i)])
        }
        for (i, resemblance) in (profile.resembles ?? []).enumerated() {
            notice("resembles '\(resemblance.profile)' (\(resemblance.reason)) was added or changed since \(revision); reviewers: this switches off the impersonation rules between the two profiles, so check the reason",
                   [PK.resembles, Index(i)])
        }
        return notices
    }

    /// New-side line numbers of each file in a `git diff -U0` output (paths relative to the top level).
    static func parse(diff: String) -> [String: Set<Int>] {
        var result: [String: Set<Int>] = [:]
        var current: String?
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("+++ ") {
                let path = line.dropFirst(4)
                current = path == "/dev/null" ? nil : String(path.hasPrefix("b/") ? path.dropFirst(2) : path)
            } else if line.hasPrefix("@@"), let current {
                // @@ -a[,b] +c[,d] @@
                guard let plus = line.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { continue }
                let parts = plus.dropFirst().split(separator: ",")
                guard let start = Int(parts[0]) else { continue }
                let count = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
                if count > 0 { result[current, default: []].formUnion(start..<(start + count)) }
            }
        }
        return result
    }

    static func git(_ arguments: [String], in directory: String, failure: String? = nil) throws(ValidationToolError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw ValidationToolError("--changed-since needs git: \(error.localizedDescription)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw ValidationToolError(failure ?? "--changed-since: git \(arguments.first ?? "") failed in \(directory)\(detail.isEmpty ? "" : ": " + detail)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
