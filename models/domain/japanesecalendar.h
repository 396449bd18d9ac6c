#pragma once

#include <QDate>

namespace kanri::domain {

// Japan's national holidays (国民の祝日) under the current law, with substitute holidays
// (振替休日) and citizens' holidays (国民の休日); equinoxes by the usual approximation, valid
// from 1980 to 2099. One-off moves (e.g. 2020–2021 for the Olympics) are not known.
bool isJapaneseHoliday(QDate date);

// Monday to Friday and not a national holiday: how Japanese companies count "business days".
bool isJapaneseBusinessDay(QDate date);

} // namespace kanri::domain
