#include "util/error.h"

#include <c10/util/Exception.h>

namespace dtr {

std::string describeException(const std::exception_ptr &error)
{
    std::string text;
    try {
        std::rethrow_exception(error);
    } catch (const c10::Error &e) {
        text = e.what_without_backtrace();
    } catch (const std::exception &e) {
        text = e.what();
    } catch (...) {
        text = "unknown exception";
    }
    for (char &c : text)
        if (c == '\n' || c == '\r')
            c = ' ';
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    return text.empty() ? std::string("unknown exception") : text;
}

} // namespace dtr
