// SPDX-License-Identifier: MIT
#include "settings/settingsdialog.h"

#include "settings/presentationkeyseditor.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace bv {

SettingsDialog::SettingsDialog(ThemeState *theme, QWidget *parent)
    : QDialog(parent)
    , m_theme(theme)
    , m_form(new QFormLayout)
    , m_language(new QComboBox(this))
    , m_content(new QComboBox(this))
    , m_themeBox(new QComboBox(this))
    , m_textSize(new QComboBox(this))
    , m_screen(new QComboBox(this))
    , m_look(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_chooseFolder(new QPushButton(this))
    , m_openFolder(new QPushButton(this))
    , m_folderNote(new QLabel(this))
    , m_recent(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("interfaceLanguage"));
    m_content->setObjectName(QStringLiteral("contentLanguage"));
    m_themeBox->setObjectName(QStringLiteral("theme"));
    m_textSize->setObjectName(QStringLiteral("textSize"));
    m_screen->setObjectName(QStringLiteral("presentScreen"));
    m_look->setObjectName(QStringLiteral("presentLook"));
    m_folder->setObjectName(QStringLiteral("libraryFolder"));
    m_chooseFolder->setObjectName(QStringLiteral("chooseLibraryFolder"));
    m_openFolder->setObjectName(QStringLiteral("openLibraryFolder"));
    m_recent->setObjectName(QStringLiteral("recentFilesMaximum"));
    m_folder->setReadOnly(true);
    // Enter in a field applies it, never opens a folder chooser.
    m_chooseFolder->setAutoDefault(false);
    m_openFolder->setAutoDefault(false);
    m_folderNote->setWordWrap(true);
    m_folderNote->setTextFormat(Qt::PlainText);
    for (ThemeState::Theme t : ThemeState::themes())
        m_themeBox->addItem(QString(), ThemeState::key(t));
    for (int step : ThemeState::textSteps())
        m_textSize->addItem(QString(), step);
    m_look->addItem(QString(), QStringLiteral("normal"));
    m_look->addItem(QString(), QStringLiteral("projector"));

    auto *folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_chooseFolder);
    folderLayout->addWidget(m_openFolder);

    // Each field's label, its text set by retranslate() (addRow with an empty text makes none).
    auto labelled = [this](QWidget *field, QWidget *buddy) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        m_form->addRow(label, field);
    };
    labelled(m_language, m_language);
    labelled(m_content, m_content);
    labelled(m_themeBox, m_themeBox);
    labelled(m_textSize, m_textSize);
    labelled(m_screen, m_screen);
    labelled(m_look, m_look);
    labelled(folderRow, m_folder);
    m_form->addRow(QString(), m_folderNote);
    labelled(m_recent, m_recent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::activated, this,
            [this](int i) { emit interfaceLanguageChosen(m_language->itemData(i).toString()); });
    connect(m_content, &QComboBox::activated, this,
            [this](int i) { emit contentLanguageChosen(m_content->itemData(i).toString()); });
    connect(m_themeBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (const auto t = ThemeState::fromKey(m_themeBox->itemData(i).toString()))
            m_theme->setTheme(*t);
    });
    connect(m_textSize, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_theme->setTextPercent(m_textSize->itemData(i).toInt()); });
    connect(m_screen, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_screenChosen = m_screen->itemData(i).toString();
        emit presentScreenChosen(m_screenChosen);
    });
    connect(m_look, &QComboBox::currentIndexChanged, this,
            [this](int i) { emit presentLookChosen(m_look->itemData(i).toString()); });
    connect(m_recent, &QSpinBox::valueChanged, this, &SettingsDialog::recentFilesMaximumChosen);
    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for Your Notes"), m_folder->text());
        if (!folder.isEmpty())
            emit libraryFolderChosen(folder);
    });
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder->text())); });
    connect(theme, &ThemeState::themeChanged, this, &SettingsDialog::showTheme);
    connect(theme, &ThemeState::textPercentChanged, this, &SettingsDialog::showTheme);
    retranslate();
    showTheme();
}

QString SettingsDialog::themeName(ThemeState::Theme theme)
{
    switch (theme) {
    case ThemeState::Theme::System:
        return tr("System");
    case ThemeState::Theme::Light:
        return tr("Light");
    case ThemeState::Theme::Dark:
        return tr("Dark");
    case ThemeState::Theme::HighContrast:
        return tr("High contrast");
    }
    return {};
}

QString SettingsDialog::textSizeName(int percent)
{
    return tr("%1 %").arg(QLocale().toString(percent));
}

void SettingsDialog::fill(QComboBox *box, const QVector<Choice> &choices, const QString &current)
{
    const QSignalBlocker quiet(box);
    bool same = box->count() == choices.size();
    for (int i = 0; same && i < box->count(); ++i)
        same = box->itemData(i).toString() == choices.at(i).value;
    if (same) { // only new words: the box is not emptied under the user's hands
        for (int i = 0; i < box->count(); ++i) {
            box->setItemText(i, choices.at(i).text);
            if (choices.at(i).value == current)
                box->setCurrentIndex(i);
        }
        return;
    }
    box->clear();
    for (const Choice &choice : choices) {
        box->addItem(choice.text, choice.value);
        if (choice.value == current)
            box->setCurrentIndex(box->count() - 1);
    }
}

void SettingsDialog::setInterfaceLanguages(const QVector<Choice> &languages, const QString &current)
{
    fill(m_language, languages, current);
}

void SettingsDialog::setContentLanguages(const QVector<Choice> &languages, const QString &current)
{
    if (languages.isEmpty()) {
        fill(m_content, {{QString(), tr("No briefing is open")}}, QString());
        m_content->setEnabled(false);
        return;
    }
    fill(m_content, languages, current);
    m_content->setEnabled(languages.size() > 1);
}

void SettingsDialog::setScreens(const QVector<Choice> &screens, const QString &current)
{
    m_screens = screens;
    m_screenChosen = current;
    QVector<Choice> all{{QString(), tr("Automatic (a screen other than the window’s)")}};
    all += screens;
    bool known = current.isEmpty();
    for (const Choice &screen : screens)
        known = known || screen.value == current;
    if (!known) // kept for when that screen is connected again
        all.append({current, tr("%1 (not connected)").arg(current)});
    fill(m_screen, all, current);
}

void SettingsDialog::setPresentLook(const QString &look)
{
    const QSignalBlocker quiet(m_look);
    m_look->setCurrentIndex(std::max(0, m_look->findData(look)));
}

void SettingsDialog::setLibraryFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_folder->setCursorPosition(0);
}

void SettingsDialog::setRecentFilesMaximum(int count, int largest)
{
    const QSignalBlocker quiet(m_recent);
    m_recent->setRange(0, largest);
    m_recent->setValue(count);
}

void SettingsDialog::setPresentationKeys(PresentationKeyMap *keys)
{
    if (m_keysEditor)
        return;
    m_keysEditor = new PresentationKeysEditor(keys, this);
    // Under the other choices, before the Close button.
    if (auto *layout = qobject_cast<QVBoxLayout *>(this->layout()))
        layout->insertWidget(1, m_keysEditor, 1);
}

void SettingsDialog::showTheme()
{
    const QSignalBlocker quietTheme(m_themeBox);
    const QSignalBlocker quietSize(m_textSize);
    m_themeBox->setCurrentIndex(std::max(0, m_themeBox->findData(ThemeState::key(m_theme->theme()))));
    m_textSize->setCurrentIndex(std::max(0, m_textSize->findData(m_theme->textPercent())));
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_language, tr("&Interface language:"));
    label(m_content, tr("&Content language:"));
    label(m_themeBox, tr("&Theme:"));
    label(m_textSize, tr("Text &size:"));
    label(m_screen, tr("Presentation scr&een:"));
    label(m_look, tr("Presentation &look:"));
    label(m_folder->parentWidget(), tr("&Notes are kept in:"));
    label(m_recent, tr("&Recent files listed:"));
    for (int i = 0; i < m_themeBox->count(); ++i) {
        if (const auto t = ThemeState::fromKey(m_themeBox->itemData(i).toString()))
            m_themeBox->setItemText(i, themeName(*t));
    }
    for (int i = 0; i < m_textSize->count(); ++i)
        m_textSize->setItemText(i, textSizeName(m_textSize->itemData(i).toInt()));
    m_look->setItemText(0, tr("Normal"));
    m_look->setItemText(1, tr("Projector (high contrast, larger text)"));
    m_content->setToolTip(tr("The language of the briefing's own text, where it is translated"));
    m_folder->setAccessibleName(tr("Folder of your notes"));
    m_folder->setAccessibleDescription(tr("Your notes, bookmarks and reading positions are kept in the file "
                                          "library.sqlite in this folder."));
    m_chooseFolder->setText(tr("C&hoose…"));
    m_chooseFolder->setToolTip(tr("Keep your notes in another folder"));
    m_openFolder->setText(tr("&Open Folder"));
    m_openFolder->setToolTip(tr("Show the folder in the file manager"));
    m_folderNote->setText(tr("In a folder without a library you are asked whether to copy yours there; "
                             "the library you leave stays where it is."));
    m_recent->setToolTip(tr("How many files File > Open Recent lists (0: none)"));
    m_recent->setAccessibleName(tr("Recent files listed"));
    setScreens(m_screens, m_screenChosen);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace bv
