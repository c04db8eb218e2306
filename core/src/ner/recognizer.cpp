// SPDX-FileCopyrightText: Annalist contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annalist/core/ner/recognizer.h"

#include "ner/acronym_links.h"
#include "ner/arabic_names.h"
#include "ner/branch_rules.h"
#include "ner/candidate.h"
#include "ner/caseless_sentences.h"
#include "ner/club_lists.h"
#include "ner/club_rules.h"
#include "ner/coastal_towns.h"
#include "ner/company_forms.h"
#include "ner/company_markets.h"
#include "ner/competition_names.h"
#include "ner/district_nouns.h"
#include "ner/english_company_cues.h"
#include "ner/english_institutions.h"
#include "ner/english_name_cues.h"
#include "ner/english_rules.h"
#include "ner/entity_linker.h"
#include "ner/facility_names.h"
#include "ner/family_companies.h"
#include "ner/first_word_forms.h"
#include "ner/former_places.h"
#include "ner/gazetteer_image.h"
#include "ner/honour_names.h"
#include "ner/institution_heads.h"
#include "ner/institution_rules.h"
#include "ner/italian_business.h"
#include "ner/italian_company_cues.h"
#include "ner/list_consistency.h"
#include "ner/match_rules.h"
#include "ner/name_extent.h"
#include "ner/national_teams.h"
#include "ner/not_organisations.h"
#include "ner/official_titles.h"
#include "ner/org_acronyms.h"
#include "ner/org_apposition.h"
#include "ner/org_extent.h"
#include "ner/other_kinds.h"
#include "ner/ownership_rules.h"
#include "ner/party_plurals.h"
#include "ner/party_words.h"
#include "ner/person_catalog.h"
#include "ner/place_code_rules.h"
#include "ner/place_demonyms.h"
#include "ner/place_nouns.h"
#include "ner/player_rules.h"
#include "ner/product_models.h"
#include "ner/publication_cues.h"
#include "ner/quote_finder.h"
#include "ner/road_names.h"
#include "ner/saint_names.h"
#include "ner/seat_places.h"
#include "ner/seat_split.h"
#include "ner/service_phrases.h"
#include "ner/short_forms.h"
#include "ner/state_offices.h"
#include "ner/station_numbers.h"
#include "ner/street_names.h"
#include "ner/team_rules.h"
#include "ner/thing_rules.h"
#include "ner/tokenizer.h"
#include "ner/treaty_catalog.h"
#include "ner/web_addresses.h"

#include <algorithm>
#include <unordered_set>

namespace annalist::core {

namespace {

std::unordered_set<std::string> midSentenceCapitals(const ner::TokenizedText& tokenized) {
    std::unordered_set<std::string> words;
    for (const ner::Token& token : tokenized.tokens) {
        if (token.isWord() && token.capitalized && !token.sentenceInitial) {
            words.insert(token.folded);
        }
    }
    return words;
}

/// Looks up every token's folded word in the gazetteer's vocabulary, all at once (see GazetteerImage::tokenIds).
void assignTokenIds(const ner::GazetteerImage& image, std::string_view language, std::vector<ner::Token>& tokens) {
    const std::optional<std::size_t> languageIndex = ner::listLanguageIndex(language);
    std::vector<std::string_view> words;
    words.reserve(tokens.size());
    for (const ner::Token& token : tokens) {
        words.emplace_back(token.folded);
    }
    std::vector<std::uint32_t> ids(tokens.size());
    image.tokenIds(words, ids);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        tokens[i].id = ids[i];
        tokens[i].flags = ner::flagsInLanguage(image.flags(ids[i]), languageIndex);
        // Known-name matching starts a trie walk at every word: fetching those first edges now lets the reads
        // overlap instead of each waiting for main memory then.
        image.prefetchChild(ner::kRootNode, ids[i]);
    }
}

bool overlaps(const ner::Candidate& a, const ner::Candidate& b) {
    return a.first < b.last && b.first < a.last;
}

/// Names and treaty references may overlap ("Trattato di Lisbona" holds the place "Lisbona"): the longer wins.
std::vector<ner::Candidate> mergeCandidates(std::vector<ner::Candidate> names, std::vector<ner::Candidate> treaties) {
    std::vector<ner::Candidate> merged;
    for (const ner::Candidate& name : names) {
        const bool covered = std::any_of(treaties.begin(), treaties.end(), [&](const ner::Candidate& treaty) {
            return overlaps(name, treaty) && treaty.last - treaty.first > name.last - name.first;
        });
        if (!covered) {
            merged.push_back(name);
        }
    }
    for (const ner::Candidate& treaty : treaties) {
        const bool clashes = std::any_of(merged.begin(), merged.end(),
                                         [&](const ner::Candidate& kept) { return overlaps(kept, treaty); });
        if (!clashes) {
            merged.push_back(treaty);
        }
    }
    ner::sortByPosition(merged);
    return merged;
}

/// Lowercase institutions ("il governo") never overlap capitalised names; they join them in text order.
void addInstitutionNouns(const ner::Context& context, std::vector<ner::Candidate>& names) {
    std::vector<ner::Candidate> institutions = ner::findInstitutionNouns(context);
    std::vector<ner::Candidate> forces = ner::findForcesAndLeagues(context);
    institutions.insert(institutions.end(), forces.begin(), forces.end());
    std::vector<ner::Candidate> services = ner::findServicePhrases(context);
    institutions.insert(institutions.end(), services.begin(), services.end());
    // "Consiglio superiore della magistratura": a lowercase noun inside a longer name is part of it.
    institutions.erase(std::remove_if(institutions.begin(), institutions.end(),
                                      [&](const ner::Candidate& institution) {
                                          return std::any_of(
                                              names.begin(), names.end(),
                                              [&](const ner::Candidate& name) { return overlaps(name, institution); });
                                      }),
                       institutions.end());
    if (institutions.empty()) {
        return;
    }
    names.insert(names.end(), institutions.begin(), institutions.end());
    ner::sortByPosition(names);
}

} // namespace

Recognizer::Recognizer(std::shared_ptr<const Gazetteer> gazetteer)
    : m_gazetteer(std::move(gazetteer)), m_treaties(std::make_shared<ner::TreatyCatalog>(m_gazetteer->image())),
      m_people(std::make_shared<ner::PersonCatalog>(m_gazetteer->image())) {}

Annotation Recognizer::annotate(std::string_view text, std::string_view language) const {
    AnnotateOptions options;
    options.language = language;
    return annotate(text, options);
}

Annotation Recognizer::annotate(std::string_view text, const AnnotateOptions& options) const {
    Annotation annotation;
    const std::string_view language = options.language;
    annotation.language = language == "auto" || language.empty() ? detectLanguage(text) : std::string(language);
    ner::TokenizedText tokenized = ner::tokenize(text, annotation.language);
    const ner::GazetteerImage& image = m_gazetteer->image();
    // Function words count only in the text's own language when that language is sure: given, or guessed from
    // enough text. A short text's guess may be wrong, and then every language's function words are safer.
    constexpr std::size_t kSureGuessBytes = 400;
    const bool sure = !(language == "auto" || language.empty()) || text.size() >= kSureGuessBytes;
    assignTokenIds(image, sure ? std::string_view(annotation.language) : std::string_view(), tokenized.tokens);
    ner::readCaselessSentences(image, tokenized.tokens);
    ner::markDatelineOpenings(tokenized.tokens);
    const std::unordered_set<std::string> capitals = midSentenceCapitals(tokenized);
    const ner::Context context{*m_gazetteer, tokenized, &capitals, annotation.language};

    std::vector<ner::Candidate> known = ner::matchKnownNames(context);
    ner::extendGreaterPlaces(context, known);
    std::vector<ner::Candidate> names = ner::findNames(context, known);
    ner::widenNames(context, names);
    ner::splitOfficeSeats(context, known, names);
    ner::absorbAdministrativeNouns(context, names);
    ner::absorbLandformNouns(context, names);
    ner::absorbUniversityNouns(context, names);
    ner::absorbMinistryNouns(context, names);
    ner::extendOrganisationQualifiers(context, names);
    ner::extendOfficialTitles(context, names);
    ner::applyTeamContext(context, names);
    ner::applyClubContext(context, known, names);
    ner::mergeLocalBranches(context, names);
    ner::mergeCompanyMarkets(context, names);
    addInstitutionNouns(context, names);
    ner::joinStateOffices(context, known, names);
    std::vector<ner::Candidate> treaties = ner::findTreatyReferences(context, names);
    std::vector<ner::Candidate> candidates = mergeCandidates(std::move(names), std::move(treaties));
    ner::applyOrganisationExtent(context, candidates);
    ner::applyStationNumbers(context, candidates);
    ner::applyPlaceCodes(context, candidates);
    ner::applyEnglishInstitutions(context, candidates);
    ner::applyBracketedAcronyms(context, candidates);
    ner::applyAcronymTypes(context, candidates);
    ner::applyOwnershipContext(context, candidates);
    ner::applyOrgApposition(context, candidates);
    ner::applyItalianBusinessContext(context, candidates);
    ner::applyDatelines(context, candidates);
    ner::applyListConsistency(context, candidates);
    ner::applyDocumentConsistency(context, candidates);
    ner::applyOrganisationFirstWords(context, candidates);
    ner::applyMatchContext(context, candidates);
    ner::applyNationalTeams(context, candidates);
    ner::applyClubLists(context, candidates);
    ner::applyPlayerContext(context, candidates);
    ner::applyCompanyShapes(context, candidates);
    ner::applyThingContext(context, candidates);
    ner::dropWorkTitles(context, candidates);
    ner::dropUnnamedOrganisations(context, candidates);
    ner::dropProductModels(context, candidates);
    ner::dropHonours(context, candidates);
    ner::applyEnglishCompanyCues(context, candidates);
    ner::applyEnglishNameCues(context, candidates);
    ner::applyItalianCompanyCues(context, candidates);
    ner::applyFamilyCompanies(context, candidates);
    ner::applyPublicationCues(context, candidates);
    ner::applyFacilityNames(context, candidates);
    ner::dropFacilityHeadFragments(context, candidates);
    ner::applyCoastalTownNames(context, candidates);
    ner::applyArabicNames(context, candidates);
    ner::applyRoadNames(context, candidates);
    ner::applyStreetNames(context, candidates);
    ner::applySeatPlaces(context, candidates);
    ner::applySaintContext(context, candidates);
    ner::applyBuildingNames(context, candidates);
    ner::applyCompetitionNames(context, candidates);
    ner::applyOtherNameKinds(context, candidates);
    ner::addPartyPlurals(context, candidates);
    ner::applyPartyWords(context, candidates);
    ner::dropPlaceDemonyms(context, candidates);
    ner::addWebAddresses(context, candidates);
    ner::applyDistrictNouns(context, candidates);
    ner::addFormerPlaces(context, candidates);
    ner::addLeadingShortForms(context, candidates);
    ner::addShortForms(context, candidates);
    ner::linkTreatyReferences(context, *m_treaties, options.published, candidates);
    ner::linkMisspeltPeople(context, *m_people, candidates);

    annotation.sentences = tokenized.sentences;
    annotation.entities = ner::linkEntities(context, candidates, text);
    annotation.quotes = ner::findQuotes(context, annotation.entities);
    return annotation;
}

} // namespace annalist::core
