import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches one URL into memory with a bounded time and size: `timeout` seconds without a byte (and four
/// times that in all) end the download, as does a body over `maximumBytes` or shorter than its Content-Length.
enum Download {
    static func fetch(_ url: URL, timeout: TimeInterval, maximumBytes: Int) throws(ArchiveError) -> Data {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        let collector = Collector(maximumBytes: maximumBytes)
        let session = URLSession(configuration: configuration, delegate: collector, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        request.setValue("supportdir-update", forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        task.resume()
        // The session's own timeouts end the task; the wait is bounded on top of them.
        if collector.done.wait(timeout: .now() + timeout * 4 + 5) == .timedOut {
            task.cancel()
            throw ArchiveError("no complete answer from \(url.absoluteString) within \(Int(timeout * 4 + 5)) seconds")
        }
        return try collector.result(url: url, timeout: timeout)
    }

    final class Collector: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        let maximumBytes: Int
        let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var data = Data()
        private var expected: Int64 = -1
        private var status = 0
        private var failure: (any Error)?
        private var tooLarge = false

        init(maximumBytes: Int) { self.maximumBytes = maximumBytes }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
            lock.withLock {
                status = (response as? HTTPURLResponse)?.statusCode ?? 200
                expected = response.expectedContentLength
            }
            completionHandler(.allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive chunk: Data) {
            let over = lock.withLock { () -> Bool in
                data.append(chunk)
                if data.count > maximumBytes { tooLarge = true }
                return tooLarge
            }
            if over { dataTask.cancel() }
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
            lock.withLock { failure = error }
            done.signal()
        }

        func result(url: URL, timeout: TimeInterval) throws(ArchiveError) -> Data {
            let (data, expected, status, failure, tooLarge) = lock.withLock { (self.data, self.expected, self.status, self.failure, self.tooLarge) }
            let place = url.absoluteString
            if tooLarge { throw ArchiveError("\(place) sent more than \(maximumBytes) bytes; stopped") }
            if failure != nil, expected > 0, Int64(data.count) < expected, status == 200 {
                throw ArchiveError("the download of \(place) is incomplete: the connection ended after \(data.count) of \(expected) bytes (a truncated download)")
            }
            if let failure {
                let error = failure as NSError
                if error.domain == NSURLErrorDomain && error.code == NSURLErrorTimedOut {
                    throw ArchiveError("\(place) did not answer within \(Int(timeout)) seconds (timed out after \(data.count) bytes)")
                }
                throw ArchiveError("downloading \(place) failed after \(data.count) bytes: \(error.localizedDescription)")
            }
            if status != 200 { throw ArchiveError("\(place) answered HTTP \(status), not the archive") }
            if expected >= 0 && Int64(data.count) != expected {
                throw ArchiveError("the download of \(place) is incomplete: \(data.count) of \(expected) bytes (a truncated download)")
            }
            return data
        }
    }
}
