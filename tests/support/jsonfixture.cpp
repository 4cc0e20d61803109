#include "jsonfixture.h"

#include "testsupport.h"

namespace bulkhead::test {

nlohmann::json jsonFixture(const QString &relative)
{
    const QByteArray bytes = readFile(fixturePath(relative));
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

} // namespace bulkhead::test
