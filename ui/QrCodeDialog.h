#pragma once

#include "QrCode.h"

#include <QDialog>

class QLabel;

namespace connectlab {

// Shows the QR code of a link; copies the image or saves it as PNG or SVG.
class QrCodeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QrCodeDialog(const QString &link, QWidget *parent = nullptr);

    const QrCode &code() const { return m_code; }
    QImage image() const { return m_image; }
    QString link() const { return m_link; }

    void copyImage();
    bool savePng(const QString &path, QString *error = nullptr) const;
    bool saveSvg(const QString &path, QString *error = nullptr) const;

private:
    void askAndSave(bool svg);

    QString m_link;
    QrCode m_code;
    QImage m_image;
    QLabel *m_status;
};

} // namespace connectlab
