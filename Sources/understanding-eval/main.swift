import Foundation
import SupportDirectory

// Runs labelled corpora through the understanding layer and prints the tables (Scripts/evaluate).
// Usage: understanding-eval [--misses] [--merchants DIR] CORPUS.jsonl...
var arguments = Array(CommandLine.arguments.dropFirst())
let showMisses = arguments.contains("--misses")
arguments.removeAll { $0 == "--misses" }
let tracing = arguments.contains("--trace")
arguments.removeAll { $0 == "--trace" }
var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Merchants")
if let i = arguments.firstIndex(of: "--merchants"), i + 1 < arguments.count {
    folder = URL(fileURLWithPath: arguments[i + 1])
    arguments.removeSubrange(i...(i + 1))
}
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: understanding-eval [--misses] [--merchants DIR] CORPUS.jsonl...\n".utf8))
    exit(64)
}
let registry = Registry.load(folders: [folder])
let evaluation = UnderstandingEvaluation(registry: registry)
for path in arguments {
    do {
        if tracing {
            for q in try UnderstandingEvaluation.load(URL(fileURLWithPath: path)) { print(evaluation.trace(q)) }
            continue
        }
        let judgements = try UnderstandingEvaluation.load(URL(fileURLWithPath: path)).map(evaluation.judge)
        print(UnderstandingEvaluation.table(judgements, title: "## \(URL(fileURLWithPath: path).lastPathComponent)"))
        print(UnderstandingEvaluation.kindTable(judgements))
        if showMisses {
            for j in judgements where j.overall != .correct {
                print("\(j.overall.rawValue.uppercased()) \(j.query.id) [m:\(j.merchant.rawValue) s:\(j.seller.rawValue) i:\(j.issue.rawValue)] \(j.query.text)")
                print("    expected merchant=\(j.query.storefront ?? j.query.merchant ?? "-") seller=\(j.query.seller ?? "-") issue=\(j.query.issue ?? "-"); read \(j.read)")
            }
        }
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}
