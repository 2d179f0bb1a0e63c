// SPDX-License-Identifier: MIT
#include "stagefixture.h"

#include "charts/serieschart.h"
#include "file/examples.h"
#include "models/selection.h"
#include "testfiles.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTest>

namespace bv::test {

bool StageFixture::setUpFiles()
{
    OpenError error;
    m_sample = BriefingDatabase::openSample(&error);
    if (!m_sample) {
        qWarning("the sample: %s", qPrintable(error.message));
        return false;
    }
    const QString defence = m_dir.filePath(QStringLiteral("defence.briefing"));
    if (!Examples::write(QStringLiteral("european-defence"), defence, false).ok())
        return false;
    m_defence = BriefingDatabase::open(defence, &error);
    if (!m_defence) {
        qWarning("the real-data example: %s", qPrintable(error.message));
        return false;
    }
    const QString generated = m_dir.filePath(QStringLiteral("generated.briefing"));
    if (!writeGenerated(generated, 3000))
        return false;
    m_generated = BriefingDatabase::open(generated, &error);
    if (!m_generated) {
        qWarning("the generated briefing: %s", qPrintable(error.message));
        return false;
    }
    return true;
}

std::shared_ptr<BriefingDatabase> StageFixture::briefing(const QString &name) const
{
    return name == QLatin1String("sample") ? m_sample : name == QLatin1String("defence") ? m_defence : m_generated;
}

void StageFixture::settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(5);
    }
}

std::unique_ptr<StageView> StageFixture::stage(Selection *selection, const QSize &size) const
{
    auto view = std::make_unique<StageView>(selection);
    view->resize(size);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("the stage was not exposed");
    settle();
    return view;
}

PathStop StageFixture::chartStop(const QString &id)
{
    PathStop stop;
    stop.kind = PathStop::Kind::Chart;
    stop.itemId = id;
    stop.title = QStringLiteral("A chart stop");
    return stop;
}

QString StageFixture::caption(SeriesChart *chart)
{
    for (QLabel *label : chart->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().startsWith(QLatin1String("Source:")))
            return label->text();
    }
    return {};
}

} // namespace bv::test
