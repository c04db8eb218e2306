// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <annalist/core/eval/conll_eval.h>

#include <string>
#include <vector>

namespace annalist::cli {
namespace {

ArgumentParser evalParser() {
    return ArgumentParser(
        "annalist-cli eval --conll FILE [--lang it|en|fr|de|es|auto]",
        "Measures the recogniser against hand-tagged data. FILE has one token per line with its tag in the\n"
        "last tab-separated column (O, B-PER, I-LOC, B-ORG…; IOB1 works too) and a blank line between\n"
        "sentences. Each sentence is rebuilt as text, annotated on its own and compared phrase by phrase,\n"
        "as conlleval does: a phrase is correct only when its type and both bounds match. Prints precision,\n"
        "recall and F1 per type (person → PER, place → LOC, organization → ORG) and overall (micro-averaged),\n"
        "the sentence and token counts and the annotation speed in tokens per second.",
        {{"--conll", "FILE", {}, "the tagged data set (required)", ""},
         {"--lang",
          "LANG",
          {"it", "en", "fr", "de", "es", "auto"},
          "language of the data; auto detects one language for the whole file",
          "auto"}},
        {"", 0, 0});
}

class EvalCommand final : public Command {
public:
    EvalCommand() : Command(evalParser()) {}

    [[nodiscard]] std::string_view name() const override { return "eval"; }
    [[nodiscard]] std::string_view summary() const override {
        return "score the recogniser on CoNLL-tagged data (precision, recall, F1 per type)";
    }

protected:
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& args) override {
        if (!args.has("--conll")) {
            throw UsageError("missing --conll FILE", parser().usage());
        }
        // The data are read and checked before the recogniser loads, so that a bad file fails fast.
        const std::vector<core::ConllSentence> sentences = core::readConllFile(args.value("--conll"));
        const core::EvalReport report =
            core::evaluateConll(sentences, context.pipeline().recognizer(), args.value("--lang"));
        context.write(core::formatReport(report));
        context.flush();
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeEvalCommand() {
    return std::make_unique<EvalCommand>();
}

} // namespace annalist::cli
