#include "preferencesdialog.h"

#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace dtr::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QLocale system;
    m_language->addItem(tr("System default (%1)").arg(system.nativeLanguageName()), QString());
    for (const QString &name : availableLanguages()) {
        const QLocale l(name);
        QString native = l.nativeLanguageName();
        if (!native.isEmpty())
            native[0] = native[0].toUpper();
        m_language->addItem(native.isEmpty() ? name : native, name);
    }
    m_note = new QLabel(tr("The language changes the next time DtR Workbench starts."), this);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);

    auto form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setLanguage(QSettings().value(QLatin1String(kLanguageSettingKey)).toString());
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &language)
{
    const int i = m_language->findData(language);
    m_language->setCurrentIndex(i >= 0 ? i : 0);
}

bool PreferencesDialog::apply()
{
    QSettings settings;
    const QString before = settings.value(QLatin1String(kLanguageSettingKey)).toString();
    if (language().isEmpty())
        settings.remove(QLatin1String(kLanguageSettingKey));
    else
        settings.setValue(QLatin1String(kLanguageSettingKey), language());
    return before != language();
}

} // namespace dtr::gui
