// SPDX-License-Identifier: MIT
// A deterministic synthetic briefing of any size, for benchmarks and tests.
#pragma once

#include <QString>

namespace bv {

class SqliteConnection;

struct GeneratorOptions
{
    int events = 1000;
    int series = 3;
    int points = 1000;   // per series
    int faq = 100;
    int languages = 1;   // content languages including the source language (en)
    quint64 seed = 1;
};

class Generator
{
public:
    explicit Generator(const GeneratorOptions &options);
    // Inserts the content into an empty briefing database (schema already created).
    // Returns an empty string, or what went wrong.
    QString fill(SqliteConnection &connection);

private:
    GeneratorOptions m_options;
};

} // namespace bv
