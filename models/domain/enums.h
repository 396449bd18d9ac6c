#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace kanri::domain {

// Each domain enum specialises EnumTraits with its wire names:
//   template<> struct EnumTraits<UserStatus> {
//       static constexpr std::array values{std::pair{UserStatus::Active, "active"}, ...};
//   };
template<typename E>
struct EnumTraits;

// The wire name as the literal itself (ASCII, nothing allocated): for the fast writers.
template<typename E>
constexpr std::string_view wireLiteral(E value)
{
    for (const auto &[v, name] : EnumTraits<E>::values) {
        if (v == value)
            return name;
    }
    return {};
}

template<typename E>
QString toWire(E value)
{
    const std::string_view name = wireLiteral(value);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

template<typename E>
std::optional<E> fromWire(QStringView text)
{
    for (const auto &[v, name] : EnumTraits<E>::values) {
        if (text == QLatin1StringView(name))
            return v;
    }
    return std::nullopt;
}

// The same for UTF-8 text (as read from the store).
template<typename E>
std::optional<E> fromWireUtf8(std::string_view text)
{
    for (const auto &[v, name] : EnumTraits<E>::values) {
        if (text == name)
            return v;
    }
    return std::nullopt;
}

template<typename E>
QStringList wireNames()
{
    QStringList names;
    for (const auto &entry : EnumTraits<E>::values)
        names.append(QString::fromLatin1(entry.second));
    return names;
}

} // namespace kanri::domain
