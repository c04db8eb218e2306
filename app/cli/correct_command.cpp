// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <annalist/core/correct/corrector.h>
#include <annalist/core/error.h>
#include <annalist/core/store/library.h>
#include <annalist/core/text/unicode.h>

#include <limits>
#include <string>

namespace annalist::cli {
namespace {

ArgumentParser correctParser() {
    return ArgumentParser(
        "annalist-cli correct [--library PATH] [--article ID] (--remove | --type TYPE | --add TYPE | --link KEY |\n"
        "                     --rename NAME) TEXT\n"
        "annalist-cli correct [--library PATH] --withdraw CORRECTION",
        "Corrects what the recogniser found, as the desktop app's correction menus do, and updates the stored\n"
        "articles it touches. TEXT is a mention's exact words. With --article the correction applies to the first\n"
        "mention (for --add, the first occurrence) of TEXT in that article only; without it, to every mention of\n"
        "TEXT in every article, present and future. Prints the correction's id, which --withdraw takes back.",
        {libraryOption(),
         {"--article", "ID", {}, "correct only this article", ""},
         {"--remove", "", {}, "TEXT is no entity", ""},
         {"--type", "TYPE", {"person", "place", "organization", "treaty"}, "TEXT's entity has this type", ""},
         {"--add", "TYPE", {"person", "place", "organization", "treaty"}, "TEXT is a missed entity of this type", ""},
         {"--link", "KEY", {}, "TEXT refers to the library's entity with this key", ""},
         {"--rename", "NAME", {}, "TEXT's entity is called NAME", ""},
         {"--withdraw", "CORRECTION", {}, "take back a stored correction", ""}},
        {"TEXT", 0, 1});
}

std::int64_t parseId(const std::string& value, const char* what) {
    try {
        std::size_t used = 0;
        const long long id = std::stoll(value, &used);
        if (used == value.size() && id > 0) {
            return id;
        }
    } catch (const std::exception&) {
    }
    throw CliError(std::string("not a valid ") + what + " id: " + value);
}

core::EntityRecord entityWithKey(const core::Library& library, const std::string& key) {
    for (core::EntityRecord& entity : library.findEntities("", std::numeric_limits<std::size_t>::max())) {
        if (entity.key == key) {
            return std::move(entity);
        }
    }
    throw CliError("no entity with key '" + key + "' in the library");
}

// The first mention of `text` in a stored article (for an addition, the first occurrence of the words).
core::Span anchorIn(const core::StoredArticle& stored, const std::string& text, bool addition) {
    if (!addition) {
        for (const core::Entity& entity : stored.annotation.entities) {
            for (const core::Mention& mention : entity.mentions) {
                if (mention.text == text) {
                    return mention.span;
                }
            }
        }
        throw CliError("article " + std::to_string(stored.id) + " has no mention '" + text + "'");
    }
    const std::string body = stored.article.text();
    const std::size_t byte = body.find(text);
    if (byte == std::string::npos) {
        throw CliError("article " + std::to_string(stored.id) + " does not contain '" + text + "'");
    }
    const std::size_t start = core::codePointCount(std::string_view(body).substr(0, byte));
    return {start, start + core::codePointCount(text)};
}

core::CorrectionKind kindOf(const ParsedArguments& args, const std::string& usage) {
    int given = 0;
    core::CorrectionKind kind = core::CorrectionKind::Remove;
    const std::pair<const char*, core::CorrectionKind> options[] = {{"--remove", core::CorrectionKind::Remove},
                                                                    {"--type", core::CorrectionKind::ChangeType},
                                                                    {"--add", core::CorrectionKind::Add},
                                                                    {"--link", core::CorrectionKind::Link},
                                                                    {"--rename", core::CorrectionKind::Rename}};
    for (const auto& [option, value] : options) {
        if (args.has(option)) {
            ++given;
            kind = value;
        }
    }
    if (given != 1 || args.positionals().size() != 1) {
        throw UsageError("give TEXT and exactly one of --remove, --type, --add, --link and --rename", usage);
    }
    return kind;
}

core::Correction correctionFrom(const ParsedArguments& args, const core::Library& library, const std::string& usage) {
    core::Correction correction;
    correction.kind = kindOf(args, usage);
    correction.surface = args.positionals().front();
    if (args.has("--article")) {
        const auto stored = library.load(parseId(args.value("--article"), "article"));
        if (!stored) {
            throw CliError("no article with id " + args.value("--article"));
        }
        correction.scope = core::CorrectionScope::Article;
        correction.articleId = stored->id;
        correction.span = anchorIn(*stored, correction.surface, correction.kind == core::CorrectionKind::Add);
    } else {
        correction.scope = core::CorrectionScope::Library;
    }
    const std::string type = args.value(correction.kind == core::CorrectionKind::Add ? "--add" : "--type");
    correction.newType = core::parseEntityType(type);
    if (correction.kind == core::CorrectionKind::Link) {
        const core::EntityRecord target = entityWithKey(library, args.value("--link"));
        correction.newEntityKey = target.key;
        correction.newType = target.type;
        correction.newName = target.name;
    }
    correction.newName = correction.kind == core::CorrectionKind::Rename ? args.value("--rename") : correction.newName;
    return correction;
}

class CorrectCommand final : public Command {
public:
    CorrectCommand() : Command(correctParser()) {}

    [[nodiscard]] std::string_view name() const override { return "correct"; }
    [[nodiscard]] std::string_view summary() const override { return "correct or un-correct recognition"; }

protected:
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& args) override {
        core::Library library(context.libraryPath(args));
        core::Corrector corrector(context.pipeline(), library);
        if (args.has("--withdraw")) {
            const auto removed = corrector.remove(parseId(args.value("--withdraw"), "correction"));
            if (!removed) {
                throw CliError("no correction with id " + args.value("--withdraw"));
            }
            context.write("withdrew " + std::to_string(removed->id) + "\n");
        } else {
            const core::Correction stored = corrector.add(correctionFrom(args, library, parser().usage()));
            context.write("corrected " + std::to_string(stored.id) + " " + std::string(toString(stored.kind)) + " " +
                          std::string(toString(stored.scope)) + "\n");
        }
        context.flush();
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeCorrectCommand() {
    return std::make_unique<CorrectCommand>();
}

} // namespace annalist::cli
