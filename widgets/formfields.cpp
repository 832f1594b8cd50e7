#include "formfields.h"

#include <QColor>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QVBoxLayout>
#include <QWidget>

namespace dtr::gui {

QWidget *FormFields::add(const QString &label, QWidget *editor, const QString &key)
{
    auto box = new QWidget(editor->parentWidget());
    auto v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    editor->setParent(box);
    box->setFocusProxy(editor);
    v->addWidget(editor);
    auto error = new QLabel(box);
    error->setObjectName(key + QStringLiteral("Error"));
    error->setWordWrap(true);
    QPalette pal = error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    error->setPalette(pal);
    error->hide();
    error->setProperty("dtrFieldLabel", label);
    v->addWidget(error);
    m_errors.emplace_back(key, error);
    return box;
}

void FormFields::addRowsTo(QFormLayout *layout) const
{
    for (const auto &[key, label] : m_errors)
        layout->addRow(label->property("dtrFieldLabel").toString(), label->parentWidget());
}

void FormFields::setError(const QString &key, const QString &message)
{
    for (auto &[k, label] : m_errors)
        if (k == key) {
            label->setText(message);
            label->setVisible(!message.isEmpty());
        }
}

void FormFields::clearErrors()
{
    for (auto &entry : m_errors) {
        entry.second->clear();
        entry.second->hide();
    }
}

} // namespace dtr::gui
