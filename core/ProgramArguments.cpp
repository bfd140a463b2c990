#include "ProgramArguments.h"

#include <QStringDecoder>

#include <cstring>

namespace connectlab {

QStringList ProgramArguments::decode(int argc, const char *const *argv)
{
    QStringList out;
    out.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        QStringDecoder decoder(QStringDecoder::System,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        out.append(decoder.decode(QByteArrayView(argv[i], qsizetype(std::strlen(argv[i])))));
    }
    return out;
}

} // namespace connectlab
