#include "japanesecalendar.h"

namespace kanri::domain {

namespace {

// The `nth` Monday of `month`.
int nthMonday(int year, int month, int nth)
{
    const int firstDay = QDate(year, month, 1).dayOfWeek(); // 1 = Monday
    const int firstMonday = 1 + (8 - firstDay) % 7;
    return firstMonday + 7 * (nth - 1);
}

int equinoxDay(int year, double base)
{
    const int y = year - 1980;
    return static_cast<int>(base + 0.242194 * y - y / 4);
}

// The holidays the law names by date or rule (before substitutes and citizens' holidays).
bool isNamedHoliday(QDate date)
{
    const int y = date.year();
    const int m = date.month();
    const int d = date.day();
    switch (m) {
    case 1:
        return d == 1 || d == nthMonday(y, 1, 2); // 元日, 成人の日
    case 2:
        return d == 11 || d == 23; // 建国記念の日, 天皇誕生日
    case 3:
        return d == equinoxDay(y, 20.8431); // 春分の日
    case 4:
        return d == 29; // 昭和の日
    case 5:
        return d >= 3 && d <= 5; // 憲法記念日, みどりの日, こどもの日
    case 7:
        return d == nthMonday(y, 7, 3); // 海の日
    case 8:
        return d == 11; // 山の日
    case 9:
        return d == nthMonday(y, 9, 3) || d == equinoxDay(y, 23.2488); // 敬老の日, 秋分の日
    case 10:
        return d == nthMonday(y, 10, 2); // スポーツの日
    case 11:
        return d == 3 || d == 23; // 文化の日, 勤労感謝の日
    default:
        return false;
    }
}

} // namespace

bool isJapaneseHoliday(QDate date)
{
    if (!date.isValid())
        return false;
    if (isNamedHoliday(date))
        return true;
    // 振替休日: a holiday on a Sunday moves to the first following day that is no holiday.
    for (QDate day = date.addDays(-1); isNamedHoliday(day); day = day.addDays(-1)) {
        if (day.dayOfWeek() == 7)
            return true;
    }
    // 国民の休日: a weekday between two holidays.
    return date.dayOfWeek() != 7 && isNamedHoliday(date.addDays(-1)) && isNamedHoliday(date.addDays(1));
}

bool isJapaneseBusinessDay(QDate date)
{
    return date.isValid() && date.dayOfWeek() <= 5 && !isJapaneseHoliday(date);
}

} // namespace kanri::domain
