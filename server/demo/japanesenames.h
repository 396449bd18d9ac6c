#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <span>

namespace kanri::server::demo {

// One part of a Japanese personal name: as written, its reading in full-width katakana, and
// the reading in lower-case ASCII Hepburn without long-vowel marks (as in passports: 佐藤 →
// "sato"), which the demo logins are built from.
struct NamePart
{
    QStringView kanji;
    QStringView kana;
    QLatin1StringView romaji;
};

// About a hundred of the most common surnames, and a hundred given names of several
// generations, men's and women's mixed.
std::span<const NamePart> surnames();
std::span<const NamePart> givenNames();

} // namespace kanri::server::demo
