// SPDX-License-Identifier: MIT
// One libFuzzer program per target: BV_FUZZ_TARGET names it (tests/fuzz/CMakeLists.txt).
#include "fuzztargets.h"

#include <cstddef>
#include <cstdint>

namespace {
const bv::fuzz::Target *target = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    bv::fuzz::ensureApplication();
    target = bv::fuzz::findTarget(QStringLiteral(BV_FUZZ_TARGET));
    if (!target)
        bv::fuzz::fail(BV_FUZZ_TARGET, QStringLiteral("no such target"));
    target->init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    target->run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
