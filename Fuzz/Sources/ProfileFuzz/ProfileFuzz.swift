import Foundation
import SupportDirectory

// One file through the whole profile pipeline: decode as a profile or a vocabulary file (chosen by the
// first byte), every validation rule in the example context, then every reporter. Checks what the
// standards promise of a finding: a 1-based position inside the file, a message, and bounded output.

private let rules = ValidationRules.all.map { $0.init() }
private let reporters = FindingReporters.all
private let base = ValidationContext.forExamples()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let isVocabulary = data[0] & 1 == 1
    let bytes = Data(bytes: data + 1, count: size - 1)
    let url = URL(fileURLWithPath: isVocabulary ? "/fuzz/_vocabulary/issues.yaml" : "/fuzz/shop.yaml")
    let file = ValidatedFile.read(url: url, data: bytes, role: isVocabulary ? .vocabulary : .profile)
    // YAML breaks lines at LF, CR LF and a lone CR.
    var lineCount = 1
    for (i, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && (i + 1 == bytes.count || bytes[bytes.startIndex + i + 1] != 0x0A)) {
        lineCount += 1
    }
    for error in file.decodingErrors {
        precondition(error.line >= 1 && error.column >= 1, "decoding error position must be 1-based: \(error)")
    }
    // The example directory is parsed once; each input is added to a copy (with its identity index rebuilt).
    var context = base
    if let profile = file.profile {
        if context.profiles[profile.id] == nil { context.profiles[profile.id] = profile }
        context.filesByID[profile.id, default: []].append(file.displayPath)
    }
    if let vocabulary = file.vocabulary { context.vocabulary.merge(vocabulary) }
    context.identities = IdentityIndex(context)
    var findings: [Finding] = []
    for rule in rules {
        for finding in rule.validate(file, in: context) {
            precondition(finding.location.line >= 1 && finding.location.column >= 1, "\(finding.ruleID): position must be 1-based")
            precondition(finding.location.line <= lineCount + 1, "\(finding.ruleID): line \(finding.location.line) past the end (\(lineCount) lines)")
            precondition(!finding.message.isEmpty, "\(finding.ruleID): empty message")
            findings.append(finding)
        }
    }
    let report = ValidationReport(findings: findings, fileCount: 1)
    for reporter in reporters {
        _ = reporter.generateReport(report, terminal: true)
        let out = reporter.generateReport(report, terminal: false)
        precondition(!out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(reporter): a raw control character reached the output")
        // Bounded: a constant (SARIF lists every rule) plus a multiple of the input and a constant per finding.
        precondition(out.utf8.count <= 65_536 + 64 * size + 4096 * findings.count, "\(reporter): \(out.utf8.count) bytes for \(size) input bytes")
    }
    return 0
}
