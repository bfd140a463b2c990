#include "QrCodeDialog.h"

#include "Icons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace connectlab {

QrCodeDialog::QrCodeDialog(const QString &link, QWidget *parent)
    : QDialog(parent), m_link(link), m_code(QrCode::encode(link)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("qrDialog"));
    setWindowTitle(tr("QR code of the link"));
    m_status->setObjectName(QStringLiteral("qrStatus"));
    m_status->setWordWrap(true);

    auto *picture = new QLabel(this);
    picture->setObjectName(QStringLiteral("qrImage"));
    picture->setAlignment(Qt::AlignCenter);
    if (!m_code.isNull()) {
        const int moduleSize = qMax(2, 360 / (m_code.size() + 8));
        m_image = m_code.toImage(moduleSize, 4);
        picture->setPixmap(QPixmap::fromImage(m_image));
        const QString host = QUrl(link).host();
        const bool local = host == u"localhost" || host.startsWith(u"127.") || host == u"::1";
        m_status->setText(
            local ? tr("This link points at this computer (%1): a phone cannot open it. Point the "
                       "link at Smartcar Connect to share it with a phone (%n character(s)).",
                       nullptr, int(link.size()))
                        .arg(host)
                  : tr("Scan it with a phone to open the link there (%n character(s)).", nullptr,
                       int(link.size())));
        m_status->setProperty("localLink", local);
    } else {
        picture->setText(
            tr("No QR code: the link is empty or too long for a QR code (%1 characters).").arg(link.size()));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("qrButtons"));
    auto *copy = buttons->addButton(tr("&Copy image"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("qrCopyButton"));
    copy->setIcon(Icons::get(QStringLiteral("copy")));
    auto *png = buttons->addButton(tr("Save &PNG…"), QDialogButtonBox::ActionRole);
    png->setObjectName(QStringLiteral("qrSavePngButton"));
    png->setIcon(Icons::get(QStringLiteral("save")));
    auto *svg = buttons->addButton(tr("Save &SVG…"), QDialogButtonBox::ActionRole);
    svg->setObjectName(QStringLiteral("qrSaveSvgButton"));
    svg->setIcon(Icons::get(QStringLiteral("save")));
    for (QPushButton *b : {copy, png, svg})
        b->setEnabled(!m_code.isNull());

    connect(copy, &QPushButton::clicked, this, &QrCodeDialog::copyImage);
    connect(png, &QPushButton::clicked, this, [this] { askAndSave(false); });
    connect(svg, &QPushButton::clicked, this, [this] { askAndSave(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(picture, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void QrCodeDialog::copyImage()
{
    if (m_image.isNull())
        return;
    QGuiApplication::clipboard()->setImage(m_image);
    m_status->setText(tr("Image copied."));
}

bool QrCodeDialog::savePng(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (m_image.isNull() || !file.open(QIODevice::WriteOnly) || !m_image.save(&file, "PNG") ||
        !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool QrCodeDialog::saveSvg(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (m_code.isNull() || !file.open(QIODevice::WriteOnly) || file.write(m_code.toSvg().toUtf8()) < 0 ||
        !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void QrCodeDialog::askAndSave(bool svg)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath(); // never the folder the app happens to run in
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Save the QR code as SVG") : tr("Save the QR code as PNG"),
        dir + (svg ? QStringLiteral("/connect-link.svg") : QStringLiteral("/connect-link.png")),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = svg ? saveSvg(path, &error) : savePng(path, &error);
    m_status->setText(ok ? tr("Saved %1.").arg(path) : error);
}

} // namespace connectlab
