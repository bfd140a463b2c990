#pragma once

#include "WebIntegration.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

// Like QTEST_MAIN, but registers the custom URL schemes first: QWebEngineUrlScheme only accepts them
// before QApplication exists. `schemes` are URLs whose (or whose redirect_uri's) scheme to register.
#define CONNECTLAB_WEBTEST_MAIN(TestObject, ...)                                                             \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        QStandardPaths::setTestModeEnabled(true);                                                            \
        connectlab::web::registerUrlSchemes(QStringList{__VA_ARGS__});                                       \
        QApplication app(argc, argv);                                                                        \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        TestObject tc;                                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&tc, argc, argv);                                                                \
    }
