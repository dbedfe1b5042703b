import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A client that sends bytes exactly as given (no normalising of `..`, as curl or URLSession would do)
/// and reads the whole answer until the server closes.
enum RawHTTPClient {
    struct Failure: Error {
        var reason: String
    }

    /// Sends `request` to 127.0.0.1:`port` and returns everything the server sent back.
    static func exchange(_ request: String, port: UInt16, timeout: TimeInterval = 10) throws -> String {
        try exchange(Data(request.utf8), port: port, timeout: timeout)
    }

    static func exchange(_ request: Data, port: UInt16, timeout: TimeInterval = 10) throws -> String {
        let fd = try connect(port: port)
        defer { close(fd) }
        try send(request, on: fd)
        return try readAll(fd, timeout: timeout)
    }

    /// A GET with the usual Host header.
    static func get(_ target: String, port: UInt16, method: String = "GET") throws -> String {
        try exchange("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n", port: port)
    }

    static func connect(port: UInt16) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(reason: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: INADDR_LOOPBACK.bigEndian)
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard status == 0 else {
            close(fd)
            throw Failure(reason: "connect: \(String(cString: strerror(errno)))")
        }
        return fd
    }

    static func send(_ data: Data, on fd: Int32) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = Glibc.send(fd, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { throw Failure(reason: "send") }
                offset += sent
            }
        }
    }

    static func readAll(_ fd: Int32, timeout: TimeInterval) throws -> String {
        let deadline = Date(timeIntervalSinceNow: timeout)
        var received = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let remaining = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            guard poll(&waiting, 1, remaining) > 0 else { throw Failure(reason: "no answer within \(timeout) s") }
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received.append(contentsOf: chunk[..<count])
        }
        return String(decoding: received, as: UTF8.self)
    }
}
