#include "CliIo.h"

#include <QFile>

namespace connectlab {

CliIo::CliIo(std::FILE *out, std::FILE *err, std::FILE *in) : m_out(out), m_err(err), m_in(in)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CliIo::~CliIo()
{
    flush();
}

bool CliIo::readInput(QString *text, QString *error)
{
    QFile input;
    if (!input.open(m_in, QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read standard input: %1").arg(input.errorString());
        return false;
    }
    const QByteArray bytes = input.readAll();
    if (input.error() != QFileDevice::NoError) {
        *error = QStringLiteral("cannot read standard input: %1").arg(input.errorString());
        return false;
    }
    *text = QString::fromUtf8(bytes);
    return true;
}

void CliIo::flush()
{
    m_out.flush();
    m_err.flush();
}

} // namespace connectlab
