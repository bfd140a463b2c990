#include "StateGenerator.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>

namespace connectlab {

QString StateGenerator::generate(int bytes)
{
    bytes = std::max(bytes, 16);
    QByteArray raw(bytes, Qt::Uninitialized);
    // fillRange() works on whole 32-bit words; draw enough words and copy the bytes we need.
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    std::copy_n(reinterpret_cast<const char *>(words.constData()), bytes, raw.data());
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace connectlab
