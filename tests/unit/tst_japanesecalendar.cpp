#include "domain/japanesecalendar.h"

#include <QTest>

using kanri::domain::isJapaneseBusinessDay;
using kanri::domain::isJapaneseHoliday;

class TestJapaneseCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every national holiday of a year, and no other day, as the Cabinet Office lists them.
    void holidaysOfAYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("holidays");
        QTest::newRow("2026: substitute on 5/6, citizens' holiday 9/22")
            << 2026
            << QList<QDate>{{2026, 1, 1},  {2026, 1, 12}, {2026, 2, 11}, {2026, 2, 23}, {2026, 3, 20},
                            {2026, 4, 29}, {2026, 5, 3},  {2026, 5, 4},  {2026, 5, 5},  {2026, 5, 6},
                            {2026, 7, 20}, {2026, 8, 11}, {2026, 9, 21}, {2026, 9, 22}, {2026, 9, 23},
                            {2026, 10, 12}, {2026, 11, 3}, {2026, 11, 23}};
        QTest::newRow("2027: vernal equinox on a Sunday, substitute 3/22")
            << 2027
            << QList<QDate>{{2027, 1, 1},  {2027, 1, 11}, {2027, 2, 11}, {2027, 2, 23}, {2027, 3, 21},
                            {2027, 3, 22}, {2027, 4, 29}, {2027, 5, 3},  {2027, 5, 4},  {2027, 5, 5},
                            {2027, 7, 19}, {2027, 8, 11}, {2027, 9, 20}, {2027, 9, 23}, {2027, 10, 11},
                            {2027, 11, 3}, {2027, 11, 23}};
    }
    void holidaysOfAYear()
    {
        QFETCH(int, year);
        QFETCH(QList<QDate>, holidays);
        QList<QDate> found;
        for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
            if (isJapaneseHoliday(day))
                found.append(day);
        }
        QCOMPARE(found, holidays);
    }

    void businessDaysSkipWeekendsAndHolidays()
    {
        QVERIFY(isJapaneseBusinessDay(QDate(2026, 11, 24))); // Tuesday
        QVERIFY(!isJapaneseBusinessDay(QDate(2026, 11, 23))); // 勤労感謝の日, a Monday
        QVERIFY(!isJapaneseBusinessDay(QDate(2026, 11, 28))); // Saturday
        QVERIFY(!isJapaneseBusinessDay(QDate(2026, 5, 6)));   // 振替休日
        QVERIFY(!isJapaneseBusinessDay(QDate()));
    }
};

QTEST_GUILESS_MAIN(TestJapaneseCalendar)
#include "tst_japanesecalendar.moc"
