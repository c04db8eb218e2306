// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/export/json_export.h"

#include "annalist/core/error.h"
#include "export/batch_line_parser.h"
#include "export/compact_json.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace annalist::core {
namespace {

// Insertion order keeps the documents readable: "article" first, then entities, in the order of the contract.
using Json = nlohmann::ordered_json;

constexpr int kIndent = 2;
constexpr std::size_t kSummaryBytes = 80;

// Invalid UTF-8 (which core should never produce, but a stored library might hold) must not abort an export.
std::string dumpPretty(const Json& json) {
    return json.dump(kIndent, ' ', false, Json::error_handler_t::replace);
}

std::string dumpCompact(const Json& json) {
    return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json mentionJson(const Mention& mention) {
    return Json{
        {"start", mention.span.start},        {"end", mention.span.end},          {"text", mention.text},
        {"origin", toString(mention.origin)}, {"confidence", mention.confidence}, {"sentence", mention.sentence}};
}

Json entityJson(const Entity& entity) {
    Json json{{"id", entity.id}, {"type", toString(entity.type)}, {"name", entity.name}};
    if (!entity.description.empty()) {
        json["description"] = entity.description;
    }
    Json mentions = Json::array();
    for (const Mention& mention : entity.mentions) {
        mentions.push_back(mentionJson(mention));
    }
    json["mentions"] = std::move(mentions);
    return json;
}

Json entitiesJson(const Annotation& annotation) {
    Json entities = Json::array();
    for (const Entity& entity : annotation.entities) {
        entities.push_back(entityJson(entity));
    }
    return entities;
}

Json quotesJson(const Annotation& annotation) {
    Json quotes = Json::array();
    for (const Quote& quote : annotation.quotes) {
        Json json{{"start", quote.span.start}, {"end", quote.span.end}};
        if (quote.speaker) {
            json["speaker"] = *quote.speaker;
        }
        quotes.push_back(std::move(json));
    }
    return quotes;
}

/// The compact form of mentionJson().
void writeMention(CompactJsonWriter& json, const Mention& mention) {
    json.raw("{\"start\":");
    json.number(mention.span.start);
    json.raw(",\"end\":");
    json.number(mention.span.end);
    json.raw(",\"text\":");
    json.string(mention.text);
    // Origin and type names are plain lowercase ASCII: written as they are, without a pass for escapes.
    json.raw(",\"origin\":\"");
    json.raw(toString(mention.origin));
    json.raw("\",\"confidence\":");
    json.number(mention.confidence);
    json.raw(",\"sentence\":");
    json.number(mention.sentence);
    json.raw("}");
}

/// The compact form of entityJson().
void writeEntity(CompactJsonWriter& json, const Entity& entity) {
    json.raw("{\"id\":");
    json.string(entity.id);
    json.raw(",\"type\":\"");
    json.raw(toString(entity.type));
    json.raw("\",\"name\":");
    json.string(entity.name);
    if (!entity.description.empty()) {
        json.raw(",\"description\":");
        json.string(entity.description);
    }
    json.raw(",\"mentions\":[");
    for (std::size_t i = 0; i < entity.mentions.size(); ++i) {
        if (i > 0) {
            json.raw(",");
        }
        writeMention(json, entity.mentions[i]);
    }
    json.raw("]}");
}

/// The compact form of one element of quotesJson().
void writeQuote(CompactJsonWriter& json, const Quote& quote) {
    json.raw("{\"start\":");
    json.number(quote.span.start);
    json.raw(",\"end\":");
    json.number(quote.span.end);
    if (quote.speaker) {
        json.raw(",\"speaker\":");
        json.string(*quote.speaker);
    }
    json.raw("}");
}

Json sentencesJson(const Annotation& annotation) {
    Json sentences = Json::array();
    for (const Span& span : annotation.sentences) {
        sentences.push_back(Json::array({span.start, span.end}));
    }
    return sentences;
}

Json articleJson(const Article& article, std::string_view text, const Annotation& annotation) {
    const std::string published = article.published.toIso();
    return Json{{"title", article.title},
                {"lead", article.lead},
                {"byline", article.byline},
                {"source", article.source},
                {"url", article.url},
                {"published", published.empty() ? Json(nullptr) : Json(published)},
                {"language", article.language.empty() ? annotation.language : article.language},
                {"text", std::string(text)}};
}

// A message must stay one short, printable line even when the input is megabytes of binary noise.
std::string summarise(std::string_view line) {
    std::string summary;
    for (const char c : line.substr(0, kSummaryBytes)) {
        const auto byte = static_cast<unsigned char>(c);
        summary += byte < 0x20 || byte == 0x7f ? ' ' : (byte >= 0x80 ? '?' : c);
    }
    if (line.size() > kSummaryBytes) {
        summary += "...";
    }
    return summary;
}

std::string idToString(const Json& id, std::string_view line, const std::string& inputName) {
    if (id.is_string()) {
        return id.get<std::string>();
    }
    if (id.is_number_integer() || id.is_number_unsigned()) {
        return id.dump();
    }
    if (id.is_number_float()) {
        return dumpCompact(id);
    }
    throw InputError(InputProblem::Malformed, inputName, "\"id\" must be a string or a number in: " + summarise(line));
}

} // namespace

std::string toAnnotateJson(const Article& article, std::string_view text, const Annotation& annotation) {
    const Json document{{"article", articleJson(article, text, annotation)},
                        {"entities", entitiesJson(annotation)},
                        {"quotes", quotesJson(annotation)},
                        {"sentences", sentencesJson(annotation)}};
    return dumpPretty(document);
}

namespace {

void writeBatchRecord(std::string& out, std::string_view id, const Annotation& annotation, std::string_view end) {
    // Written directly rather than through a JSON tree: in batch mode this runs for every record, and the
    // output is the same bytes nlohmann::json's compact dump gives.
    CompactJsonWriter json(out);
    json.reserve(256 + annotation.mentionCount() * 96);
    json.raw("{\"id\":");
    json.string(id);
    json.raw(",\"language\":");
    json.string(annotation.language);
    json.raw(",\"entities\":[");
    for (std::size_t i = 0; i < annotation.entities.size(); ++i) {
        if (i > 0) {
            json.raw(",");
        }
        writeEntity(json, annotation.entities[i]);
    }
    json.raw("],\"quotes\":[");
    for (std::size_t i = 0; i < annotation.quotes.size(); ++i) {
        if (i > 0) {
            json.raw(",");
        }
        writeQuote(json, annotation.quotes[i]);
    }
    json.raw("]}");
    json.raw(end);
}

} // namespace

std::string toBatchJsonLine(std::string_view id, const Annotation& annotation) {
    std::string line;
    writeBatchRecord(line, id, annotation, "");
    return line;
}

void appendBatchJsonLine(std::string& out, std::string_view id, const Annotation& annotation) {
    writeBatchRecord(out, id, annotation, "\n");
}

BatchInput parseBatchLine(std::string_view line, const std::string& inputName) {
    // Nearly every line has the simple shape, which is read without building a JSON tree.
    if (std::optional<BatchInput> simple = parseSimpleBatchLine(line)) {
        return std::move(*simple);
    }
    // Parsing without exceptions keeps nlohmann's byte-position messages out of user-facing text.
    const Json json = Json::parse(line.begin(), line.end(), nullptr, false);
    if (json.is_discarded()) {
        throw InputError(InputProblem::Malformed, inputName, "not a JSON object: " + summarise(line));
    }
    if (!json.is_object()) {
        throw InputError(InputProblem::Malformed, inputName, "expected a JSON object, got: " + summarise(line));
    }
    const auto text = json.find("text");
    if (text == json.end() || !text->is_string()) {
        throw InputError(InputProblem::Malformed, inputName, "missing string \"text\" in: " + summarise(line));
    }
    const auto id = json.find("id");
    if (id == json.end()) {
        throw InputError(InputProblem::Malformed, inputName, "missing \"id\" in: " + summarise(line));
    }
    BatchInput input{idToString(*id, line, inputName), text->get<std::string>(), {}};
    const auto language = json.find("language");
    if (language != json.end() && !language->is_null()) {
        if (!language->is_string()) {
            throw InputError(InputProblem::Malformed, inputName,
                             "\"language\" must be a string in: " + summarise(line));
        }
        input.language = language->get<std::string>();
    }
    return input;
}

} // namespace annalist::core
