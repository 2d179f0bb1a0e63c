// SPDX-License-Identifier: MIT
// Edit > Preferences: the interface and content languages, the theme and text size, the
// presentation's screen and look, where notes are kept and how many recent files are listed,
// and the keys of a show (PresentationKeysEditor, under them).
// Every change applies at once: the theme and text size on ThemeState, the rest through the
// signals, which the window turns into what they mean (and keeps with QSettings).
#pragma once

#include "models/themestate.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bv {

class PresentationKeyMap;
class PresentationKeysEditor;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString value; // what is kept ("uk", a screen's name, "" for automatic ...)
        QString text;  // what the user reads
    };

    SettingsDialog(ThemeState *theme, QWidget *parent = nullptr);

    static QString themeName(ThemeState::Theme theme); // "High contrast" ...
    static QString textSizeName(int percent);          // "125 %", in the locale's way

    void setInterfaceLanguages(const QVector<Choice> &languages, const QString &current);
    // Empty: no briefing is open, so there is nothing to choose.
    void setContentLanguages(const QVector<Choice> &languages, const QString &current);
    void setScreens(const QVector<Choice> &screens, const QString &current);
    void setPresentLook(const QString &look); // "normal" or "projector"
    void setLibraryFolder(const QString &folder);
    void setRecentFilesMaximum(int count, int largest);
    // The keys of a show, edited in place (the window keeps them); once.
    void setPresentationKeys(PresentationKeyMap *keys);
    PresentationKeysEditor *presentationKeysEditor() const { return m_keysEditor; }

signals:
    void interfaceLanguageChosen(const QString &code);
    void contentLanguageChosen(const QString &code);
    void presentScreenChosen(const QString &name);
    void presentLookChosen(const QString &look);
    void libraryFolderChosen(const QString &folder);
    void recentFilesMaximumChosen(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTheme();
    static void fill(QComboBox *box, const QVector<Choice> &choices, const QString &current);

    ThemeState *m_theme;
    QFormLayout *m_form;
    QComboBox *m_language;
    QComboBox *m_content;
    QComboBox *m_themeBox;
    QComboBox *m_textSize;
    QComboBox *m_screen;
    QComboBox *m_look;
    QLineEdit *m_folder;
    QPushButton *m_chooseFolder;
    QPushButton *m_openFolder;
    QLabel *m_folderNote;
    QSpinBox *m_recent;
    PresentationKeysEditor *m_keysEditor = nullptr;
    QVector<Choice> m_screens;
    QString m_screenChosen;
};

} // namespace bv
