// `resolve` on 1, 10, 100 and 1,000 KB of free text (issue 18: a pasted support e-mail once cost time and memory
// without bound). ResolveRequest reads at most ResolveRequest.readLimit characters and counts the rest, so time and
// peak memory must grow at most linearly with the text, and in practice stay nearly flat past the limit.
//
// Run from the repository root (release build of this package only; see BENCHMARKS.md):
//   swift package --package-path Benchmarks --scratch-path .build-bench benchmark --target ResolveText
//
// Each benchmark runs in its own process (the benchmark tool starts one per benchmark), so peak resident memory
// is that text's own. The shipped profiles are loaded once per process, before measuring.
import Benchmark
import Foundation
import SupportDirectory

/// The repository's Merchants/ folder (this file is Benchmarks/Benchmarks/ResolveText/ResolveText.swift).
let merchants = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Merchants")

/// A support e-mail of `kilobytes` KB (ASCII, so bytes = characters): the problem in its first line, then the
/// ordinary sentences of a long message, repeated to size.
func supportEmail(kilobytes: Int) -> String {
    let opening = "Hello, my Amazon order never arrived and I would like a refund. "
    let sentences = [
        "I ordered a phone charger three weeks ago and the tracking page still says it is on the way. ",
        "I have asked my neighbours and the building office, and nobody has seen the parcel. ",
        "The seller answered once, told me to wait, and has not written again since then. ",
        "I paid with my credit card and I can send the statement and the order confirmation. ",
        "Please tell me what I should do next and how long a refund will take to reach me. ",
    ]
    var text = opening
    var i = 0
    while text.utf8.count < kilobytes * 1024 {
        text += sentences[i % sentences.count]
        i += 1
    }
    return String(text.utf8.prefix(kilobytes * 1024))!
}

let sizes = [1, 10, 100, 1_000]

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .peakMemoryResidentDelta, .mallocCountTotal],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 25
    )
    let registry = Registry.load(folders: [merchants])
    let planner = ContactPlanner(registry: registry)
    let now = Date(timeIntervalSince1970: 1_795_716_000)  // 2026-11-22T18:00:00Z
    let zone = TimeZone(identifier: "UTC")!
    for kb in sizes {
        let text = supportEmail(kilobytes: kb)
        Benchmark("resolve \(kb) KB") { benchmark in
            for _ in benchmark.scaledIterations {
                // The whole of resolve: the request reads its text (cleaning, cutting at the limit, counting the
                // rest), then understanding and the plan.
                let request = ResolveRequest(text: text, timeZone: zone, now: now, environment: [:])
                blackHole(planner.resolve(request))
            }
        }
    }
}
