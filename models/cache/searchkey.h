#pragma once

#include <QString>
#include <QStringList>

namespace kanri::cache {

// Folds text so that what a person types finds what they mean: full-width and half-width
// forms are one (NFKC: "ＡＢＣ" = "ABC", "ｶﾅ" = "カナ"), katakana is hiragana ("カナ" = "かな")
// and case is folded. Used for search keys and for comparing kana readings.
QString foldForSearch(const QString &text);

// The search key of an object: its folded fields joined by a separator no field contains, so
// a needle cannot match across two fields.
QString searchKey(const QStringList &fields);

} // namespace kanri::cache
