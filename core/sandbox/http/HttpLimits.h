#pragma once

#include <QtGlobal>

namespace connectlab::sandbox {

// The bounds the sandbox's HTTP front holds every client to. The defaults are what the sandbox runs with;
// tests shrink the deadlines so they never wait seconds for a timer.
struct HttpLimits
{
    // Request line and header fields together, including empty lines before the request line. A longer
    // request line is answered 414, a longer header section 431; a chunked body's trailer has the same bound.
    qsizetype maxHeadBytes = 64 * 1024;
    // The body after any chunked coding is removed; more is answered 413.
    qsizetype maxBodyBytes = 64 * 1024;
    // Header field lines in one request (and in one trailer section); more is answered 431.
    int maxHeaderFields = 100;

    // Open connections at once. When a new one arrives at the cap, the connection that has waited longest
    // for a complete request head is dropped for it (a slow client never completes one).
    int maxConnections = 1024;
    // From the moment a connection is ready for a request (accepted, or its previous response written) until
    // that request's head is complete. Not an idle timer: trickling bytes does not extend it. When it expires
    // after some bytes the client gets 408; a connection that sent nothing is closed silently.
    int headTimeoutMs = 5000;
    // From a complete head (or the 100 Continue sent for it) until the whole body has arrived; then 408.
    int bodyTimeoutMs = 5000;
    // Responses not taken by the client within this time close the connection.
    int writeTimeoutMs = 10000;
    // After the last response on a connection that closes, how long input is still read and discarded so
    // the client sees the response before the close (RFC 9112 section 9.6), at most.
    int lingerMs = 1000;
    // Responses waiting to be sent above which pipelined requests wait until the client reads.
    qsizetype maxPendingOutput = 256 * 1024;
};

} // namespace connectlab::sandbox
