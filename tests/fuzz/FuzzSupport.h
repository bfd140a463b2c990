#pragma once

// Shared by the libFuzzer harnesses: one QCoreApplication for the whole run, Qt's warnings silenced (a
// fuzzer feeds nonsense on purpose; a fatal message still aborts), and FUZZ_CHECK for the invariants each
// harness asserts beyond "does not crash".
#include <Diagnostic.h>

#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>
#include <QStringDecoder>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace connectlab::fuzz {

inline void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

inline void initialize(int *argc, char ***argv)
{
    qInstallMessageHandler(quietHandler);
    QStandardPaths::setTestModeEnabled(true);
    static QCoreApplication app(*argc, *argv);
}

[[noreturn]] inline void fail(const char *file, int line, const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n  %s\n", file, line, what,
                 qPrintable(detail.left(2000)));
    std::abort();
}

// The input as text: UTF-8, every invalid sequence read as U+FFFD, a leading U+FEFF kept (QString::fromUtf8
// would drop it, and a pasted link can start with one).
inline QString text(const uint8_t *data, size_t size)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString describe(const Diagnostic &d)
{
    return d.field + QLatin1Char(' ') + d.code + QLatin1Char(' ') + d.message;
}

} // namespace connectlab::fuzz

#define FUZZ_CHECK(condition, detail)                                                                        \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::connectlab::fuzz::fail(__FILE__, __LINE__, #condition, (detail));                              \
    } while (false)

#define CONNECTLAB_FUZZ_INITIALIZE                                                                           \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                             \
    {                                                                                                        \
        ::connectlab::fuzz::initialize(argc, argv);                                                          \
        return 0;                                                                                            \
    }

// Every diagnostic names its field, has a stable kebab-case code and a message.
#define FUZZ_CHECK_DIAGNOSTICS(diagnostics)                                                                  \
    do {                                                                                                     \
        for (const ::connectlab::Diagnostic &d_ : (diagnostics)) {                                           \
            FUZZ_CHECK(!d_.field.isEmpty(), ::connectlab::fuzz::describe(d_));                               \
            FUZZ_CHECK(!d_.code.isEmpty(), ::connectlab::fuzz::describe(d_));                                \
            FUZZ_CHECK(!d_.message.trimmed().isEmpty(), ::connectlab::fuzz::describe(d_));                   \
            for (QChar c_ : d_.code)                                                                         \
                FUZZ_CHECK((c_ >= u'a' && c_ <= u'z') || (c_ >= u'0' && c_ <= u'9') || c_ == u'-',           \
                           ::connectlab::fuzz::describe(d_));                                                \
        }                                                                                                    \
    } while (false)
