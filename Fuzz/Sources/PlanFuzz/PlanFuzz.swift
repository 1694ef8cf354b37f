import Foundation
import SupportDirectory

// Text in, plan out: the input is split at NUL bytes into the request's words, merchant, seller,
// order number and issue; the request is understood and planned on the shipped profiles and rendered
// in every format. A plan must never crash, hang or print a raw control character.

private let registry = Registry.load(folders: MerchantFolders.builtIn().map { [$0] } ?? [])
private let planner = ContactPlanner(registry: registry)
nonisolated(unsafe) private let renderers: [any PlanRenderer] = [PlanTextRenderer(), PlanMarkdownRenderer(), PlanJSONRenderer()]
private let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18
private let zone = TimeZone(identifier: "Asia/Seoul")!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let parts = UnsafeBufferPointer(start: data, count: size).split(separator: 0, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    func part(_ i: Int) -> String? { i < parts.count && !parts[i].isEmpty ? parts[i] : nil }
    let request = ResolveRequest(text: part(0) ?? "", merchant: part(1), seller: part(2), issue: part(4),
                                 orderNumber: part(3), timeZone: zone, now: now)
    let resolution = planner.resolve(request)
    for renderer in renderers {
        let out = renderer.render(resolution)
        precondition(!out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E },
                     "\(type(of: renderer)): a raw control character reached the output")
        precondition(out.utf8.count <= 200_000 + 16 * size, "\(type(of: renderer)): \(out.utf8.count) bytes of output for \(size) bytes of input")
    }
    return 0
}
