#include "pretrain/corpus.h"

namespace dtr {

std::vector<std::string> readDocuments(const std::vector<std::string> &paths)
{
    std::vector<std::string> docs;
    for (const std::string &p : paths)
        forEachDocument(p, [&](const std::string &d) { docs.push_back(d); });
    return docs;
}

} // namespace dtr
