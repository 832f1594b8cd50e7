#pragma once

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLabel;
QT_END_NAMESPACE

namespace dtr {
struct ModelSummary;
}

namespace dtr::gui {

// The architecture summary of the open model: type, sizes, heads, vocabulary, RoPE,
// dtype, parameter count and whether a tokenizer is present. Each value is a QLabel
// whose objectName is the field key (e.g. "modelType"), listed by fieldKeys().
class ModelInfoPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModelInfoPanel(QWidget *parent = nullptr);
    ~ModelInfoPanel() override;

    void setSummary(const dtr::ModelSummary &summary);
    void clear();

    static QStringList fieldKeys();
    // The text shown for a field key; empty for an unknown key.
    QString fieldText(const QString &key) const;

    // "238.4 K", "1.54 B": a short, localized form of a count.
    static QString formatCount(qint64 count);

private:
    void addField(const QString &key, const QString &label);
    void setField(const QString &key, const QString &text, const QString &toolTip = {});

    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_values;
};

} // namespace dtr::gui
