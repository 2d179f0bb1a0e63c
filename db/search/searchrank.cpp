// SPDX-License-Identifier: MIT
#include "search/searchrank.h"

#include "search/searchtokenizer.h"

#include <QAtomicInt>

#include <sqlite3.h>

namespace bv {

namespace {

QAtomicInt functionCounter;

constexpr int titleColumn = 3;
constexpr int maxPhrases = 64;

void destroy(void *self)
{
    delete static_cast<SearchRank *>(self);
}

} // namespace

SearchRank *SearchRank::install(sqlite3 *db)
{
    fts5_api *api = SearchTokenizer::api(db);
    if (!api)
        return nullptr;
    auto *self = new SearchRank;
    self->m_name = QStringLiteral("bv_rank_%1").arg(functionCounter.fetchAndAddRelaxed(1));
    const QByteArray name = self->m_name.toLatin1();
    if (api->xCreateFunction(api, name.constData(), self, &SearchRank::rank, &destroy) !=
        SQLITE_OK) {
        delete self;
        return nullptr;
    }
    return self;
}

QString SearchRank::rankFunction() const
{
    return m_name + QStringLiteral("()");
}

void SearchRank::start(int cap)
{
    m_rows.clear();
    m_rows.reserve(qMin(cap, 1024));
    m_cap = cap;
    m_overflowed = false;
}

void SearchRank::rank(const Fts5ExtensionApi *api, Fts5Context *context, sqlite3_context *result,
                      int, sqlite3_value **)
{
    auto *self = static_cast<SearchRank *>(api->xUserData(context));
    if (self->m_rows.size() >= self->m_cap) {
        self->m_overflowed = true;
        sqlite3_result_error(result, "too many rows to rank", -1);
        return;
    }
    int instances = 0;
    if (api->xInstCount(context, &instances) != SQLITE_OK) {
        sqlite3_result_error(result, "no instances", -1);
        return;
    }
    const int phrases = qBound(0, api->xPhraseCount(context), maxPhrases);
    bool title[maxPhrases] = {};
    bool body[maxPhrases] = {};
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(context, i, &phrase, &column, &offset) != SQLITE_OK || phrase < 0 ||
            phrase >= phrases)
            continue;
        (column == titleColumn ? title : body)[phrase] = true;
    }
    int score = 0;
    for (int p = 0; p < phrases; ++p)
        score += (title[p] ? titleScore : 0) + (body[p] ? bodyScore : 0);
    // Smaller is better. Equal scores keep the index order (kind, then the briefing's order):
    // the score above the rowid's low 32 bits, exact in a double.
    const qint64 rowid = api->xRowid(context);
    const double rank = -double(score) * 4294967296.0 + double(rowid & 0xffffffffLL);
    self->m_rows.append({rowid, rank});
    sqlite3_result_double(result, rank);
}

} // namespace bv
