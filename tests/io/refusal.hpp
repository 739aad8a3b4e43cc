#pragma once
// The message of the InputError a reader throws, for tests of refused input.

#include <string>

#include "ecosys/error.hpp"

namespace ecosys::test {

/// The message of the InputError `read` throws (every diagnostic, one a line), or ""
/// when it reads.
template <class F>
std::string refusal(F read) {
    try {
        read();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace ecosys::test
