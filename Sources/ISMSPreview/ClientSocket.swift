import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One accepted connection: reads a request head against a deadline and writes a response.
struct ClientSocket {
    let fd: Int32

    /// What reading the head came to.
    enum Head {
        case request(HTTPRequest)
        case invalid(HTTPStatus)
        /// The client closed the connection or failed: nothing to answer.
        case gone
    }

    /// Reads until the head is complete, `limit` bytes have come without it, or `timeout` has passed in all.
    ///
    /// One deadline for the whole head, not per read, so a client sending a byte at a time cannot hold the thread.
    func readHead(limit: Int, timeout: TimeInterval) -> Head {
        let deadline = Date(timeIntervalSinceNow: timeout)
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return .invalid(.requestTimeout) }
            var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, Int32(min(remaining * 1000, 60_000).rounded(.up)))
            if ready < 0 && errno == EINTR { continue }
            if ready < 0 { return .gone }
            if ready == 0 { continue }
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return .gone }
            received.append(contentsOf: chunk[..<count])
            switch HTTPRequest.parse(received, limit: limit) {
            case .complete(let request): return .request(request)
            case .invalid(let status): return .invalid(status)
            case .incomplete: continue
            }
        }
    }

    /// Writes all of `data`; gives up when the peer is gone. Never raises SIGPIPE.
    @discardableResult
    func write(_ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = send(fd, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if sent < 0 && errno == EINTR { continue }
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }

    /// Ends the connection gracefully: reading what the client still sends (up to a bound) keeps the
    /// kernel from answering it with a reset that could discard the response before the client read it.
    func close(linger: TimeInterval = 1) {
        shutdown(fd, Int32(SHUT_WR))
        let deadline = Date(timeIntervalSinceNow: linger)
        var chunk = [UInt8](repeating: 0, count: 4096)
        var drained = 0
        while drained < 65_536, deadline.timeIntervalSinceNow > 0 {
            var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, Int32(deadline.timeIntervalSinceNow * 1000) + 1) > 0 else { break }
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            drained += count
        }
        closeDescriptor(fd)
    }

    /// Sets the time a blocked send may take, so a client that stops reading cannot hold the thread.
    func setSendTimeout(_ seconds: TimeInterval) {
        var value = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }
}

/// `close(2)`, under a name that methods called `close` do not shadow.
func closeDescriptor(_ fd: Int32) {
    _ = close(fd)
}
