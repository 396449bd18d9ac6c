#pragma once

#include "domain/domain.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kanri::ui {

// How the console writes values for people: enum names, dates, numbers. One place, so every
// page says "ロック中" for a locked user.
struct DisplayText
{
    static QString userStatus(domain::UserStatus status);
    static QString noticeKind(domain::NoticeKind kind);
    static QString incidentStatus(domain::IncidentStatus status);
    // 公開 / 社内 / 社外秘 / 機密
    static QString labelLevel(domain::LabelLevel level);
    static QString onOff(bool on);
    // Local time, short format; empty for an invalid or absent time.
    static QString dateTime(const QDateTime &when);
    static QString dateTime(const std::optional<QDateTime> &when);
    // Grouped digits: 1,234 / 1,234.
    static QString number(qint64 value);
};

} // namespace kanri::ui
