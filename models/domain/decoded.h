#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace kanri::domain {

// Why a JSON value could not be decoded: the field (a path such as "items/3/email") and a
// sentence saying what was wrong with it.
struct DecodeError
{
    QString field;
    QString message;

    QString toString() const
    {
        return field.isEmpty() ? message : QStringLiteral("%1: %2").arg(field, message);
    }
    friend bool operator==(const DecodeError &, const DecodeError &) = default;
};

// The result of a decode: a value or the first error found. Never both, never neither.
template<typename T>
class [[nodiscard]] Decoded
{
public:
    Decoded(T value) : m_state(std::move(value)) {}
    Decoded(DecodeError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const DecodeError &error() const { return std::get<DecodeError>(m_state); }

private:
    std::variant<T, DecodeError> m_state;
};

} // namespace kanri::domain
