#include "cache/searchkey.h"

namespace kanri::cache {

namespace {

constexpr char16_t kKatakanaFirst = u'\u30A1'; // ァ
constexpr char16_t kKatakanaLast = u'\u30F6';  // ヶ
constexpr char16_t kKatakanaToHiragana = 0x60;  // ァ U+30A1 → ぁ U+3041
constexpr char16_t kFieldSeparator = u'\u001F'; // unit separator: never typed, never in a name

} // namespace

QString foldForSearch(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar &c : folded) {
        const char16_t u = c.unicode();
        if (u >= kKatakanaFirst && u <= kKatakanaLast)
            c = QChar(static_cast<char16_t>(u - kKatakanaToHiragana));
    }
    return folded;
}

QString searchKey(const QStringList &fields)
{
    QString key;
    for (const QString &field : fields) {
        if (field.isEmpty())
            continue;
        if (!key.isEmpty())
            key += kFieldSeparator;
        key += foldForSearch(field);
    }
    return key;
}

} // namespace kanri::cache
