#pragma once

class QNetworkReply;

namespace connectlab {

// Logs a request to a token or vehicle API under connectlab.net: method and address when sent, status and
// time when answered. Never a header, a body or a query (they carry tokens, codes and secrets). Returns
// the reply, so a call site reads `traceReply(m_network->post(...))`.
QNetworkReply *traceReply(QNetworkReply *reply);

} // namespace connectlab
