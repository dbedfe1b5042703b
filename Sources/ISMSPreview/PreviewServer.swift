import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on the loopback address: one request per connection, each on its own thread.
public final class PreviewServer: @unchecked Sendable {
    /// Limits and the port; the address is always 127.0.0.1.
    public struct Configuration: Sendable {
        /// The port to listen on; 0 lets the system pick a free one.
        public var port: UInt16
        /// Time a client has to send its whole request head.
        public var readTimeout: TimeInterval
        /// Largest request head accepted.
        public var maxHeadBytes: Int
        /// Connections served at once (waiting pages included); more are refused with 503.
        public var maxConnections: Int

        /// Creates a configuration; the defaults suit a browser on the same machine.
        public init(port: UInt16 = 8000, readTimeout: TimeInterval = 10, maxHeadBytes: Int = 16 * 1024, maxConnections: Int = 64) {
            self.port = port
            self.readTimeout = readTimeout
            self.maxHeadBytes = maxHeadBytes
            self.maxConnections = maxConnections
        }
    }

    /// Why the server could not start.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, for the console.
        public var description: String
    }

    /// Answers each request once its head has been read.
    public let responder: PreviewResponder
    /// The port and the limits.
    public let configuration: Configuration
    // Guarded by `lock`.
    private let lock = NSLock()
    private var listener: Int32 = -1
    private var wakePipe: WakePipe?
    private var active = 0
    private var acceptLoopDone: DispatchSemaphore?
    private var boundPort: UInt16 = 0

    /// Creates a server that answers with `responder`; nothing listens until `start()`.
    public init(responder: PreviewResponder, configuration: Configuration = Configuration()) {
        self.responder = responder
        self.configuration = configuration
    }

    /// The port actually listened on (useful after asking for port 0); 0 before `start()`.
    public var port: UInt16 {
        lock.lock()
        defer { lock.unlock() }
        return boundPort
    }

    /// Binds 127.0.0.1, listens, and starts accepting on a background thread; returns the port.
    @discardableResult
    public func start() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "cannot open a socket: \(Self.lastError())") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = configuration.port.bigEndian
        // Loopback only: the preview shows internal documents and must not be reachable from the network.
        address.sin_addr = in_addr(s_addr: INADDR_LOOPBACK.bigEndian)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let reason = Self.lastError()
            closeDescriptor(fd)
            throw Failure(description: "cannot listen on 127.0.0.1:\(configuration.port): \(reason)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard let wake = WakePipe() else {
            let reason = Self.lastError()
            closeDescriptor(fd)
            throw Failure(description: "cannot make a pipe: \(reason)")
        }
        let done = DispatchSemaphore(value: 0)
        lock.lock()
        listener = fd
        wakePipe = wake
        boundPort = UInt16(bigEndian: actual.sin_port)
        acceptLoopDone = done
        lock.unlock()
        let thread = Thread { [self] in
            acceptLoop(fd, wake: wake.readEnd)
            done.signal()
        }
        thread.name = "isms-serve-accept"
        thread.start()
        return UInt16(bigEndian: actual.sin_port)
    }

    /// Stops accepting and closes the listening socket; connections in progress finish on their own.
    public func stop() {
        lock.lock()
        let (wake, done) = (wakePipe, acceptLoopDone)
        acceptLoopDone = nil
        lock.unlock()
        guard let done, let wake else { return }
        wake.wake()
        done.wait()
        lock.lock()
        closeDescriptor(listener)
        wake.close()
        listener = -1
        wakePipe = nil
        lock.unlock()
    }

    private func acceptLoop(_ fd: Int32, wake: Int32) {
        while true {
            var waiting = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&waiting, 2, -1)
            if ready < 0 && errno == EINTR { continue }
            if ready < 0 || waiting[1].revents != 0 { return }
            let client = accept(fd, nil, nil)
            if client < 0 {
                // Out of descriptors or an aborted handshake: pause rather than spin, then go on.
                if errno != EINTR && errno != ECONNABORTED && errno != EAGAIN { usleep(50_000) }
                continue
            }
            // Closed on exec, so a PDF engine started by a rebuild does not keep the connection open.
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            let connection = ClientSocket(fd: client)
            guard admit() else {
                connection.setSendTimeout(1)
                connection.write(HTTPResponse.plain(.serviceUnavailable).serialized())
                connection.close(linger: 0)
                continue
            }
            let thread = Thread { [self] in
                serve(connection)
                release()
            }
            thread.name = "isms-serve-connection"
            thread.start()
        }
    }

    private func serve(_ connection: ClientSocket) {
        connection.setSendTimeout(configuration.readTimeout)
        switch connection.readHead(limit: configuration.maxHeadBytes, timeout: configuration.readTimeout) {
        case .request(let request):
            connection.write(responder.respond(to: request).serialized(includeBody: request.method != "HEAD"))
        case .invalid(let status):
            connection.write(HTTPResponse.plain(status).serialized())
        case .gone:
            break
        }
        connection.close()
    }

    private func admit() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard active < configuration.maxConnections else { return false }
        active += 1
        return true
    }

    private func release() {
        lock.lock()
        active -= 1
        lock.unlock()
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
