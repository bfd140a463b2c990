#include "CliIo.h"

#include <QFile>

#include <unistd.h>

namespace connectlab {

CliIo::CliIo(std::FILE *out, std::FILE *err, std::FILE *in)
    : m_out(out), m_err(err), m_in(in), m_colourOut(wantsColour(::isatty(::fileno(out)) == 1)),
      m_colourErr(wantsColour(::isatty(::fileno(err)) == 1))
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

bool CliIo::wantsColour(bool terminal)
{
    return terminal && qEnvironmentVariableIsEmpty("NO_COLOR") && qgetenv("TERM") != "dumb";
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
