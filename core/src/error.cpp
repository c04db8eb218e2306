// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/error.h"

namespace annalist::core {

namespace {

std::string composeMessage(InputProblem problem, const std::string& inputName, const std::string& detail) {
    std::string message = inputName.empty() ? std::string("input") : inputName;
    message += ": ";
    message += toString(problem);
    if (!detail.empty()) {
        message += " \u2014 ";
        message += detail;
    }
    return message;
}

} // namespace

const char* toString(InputProblem problem) {
    switch (problem) {
    case InputProblem::NotFound:
        return "not found";
    case InputProblem::Unreadable:
        return "unreadable";
    case InputProblem::Empty:
        return "empty file";
    case InputProblem::Binary:
        return "binary data";
    case InputProblem::InvalidEncoding:
        return "invalid encoding";
    case InputProblem::TooLarge:
        return "too large";
    case InputProblem::Malformed:
        return "malformed";
    }
    return "invalid input";
}

InputError::InputError(InputProblem problem, const std::string& inputName, const std::string& detail)
    : std::runtime_error(composeMessage(problem, inputName, detail)), m_problem(problem), m_inputName(inputName) {}

} // namespace annalist::core
