#pragma once

#include <QElapsedTimer>
#include <QList>

#include <optional>
#include <utility>

namespace kanri::exports {

// The speed of a transfer over its last few seconds, and the time left at that speed.
class TransferRate
{
public:
    static constexpr qint64 kWindowMs = 4000;

    void restart(qint64 bytes)
    {
        m_clock.start();
        m_samples = {{0, bytes}};
    }
    void add(qint64 bytes)
    {
        const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
        if (!m_samples.isEmpty() && now - m_samples.last().first < 50) {
            m_samples.last().second = bytes; // at most ~20 samples a second
            return;
        }
        m_samples.append({now, bytes});
        while (m_samples.size() > 2 && now - m_samples.at(1).first >= kWindowMs)
            m_samples.removeFirst();
    }
    // Bytes per second; 0 until there is a measurable interval.
    double bytesPerSecond() const
    {
        if (m_samples.size() < 2)
            return 0;
        const auto &[t0, b0] = m_samples.first();
        const auto &[t1, b1] = m_samples.last();
        return t1 > t0 ? static_cast<double>(b1 - b0) * 1000.0 / static_cast<double>(t1 - t0) : 0;
    }
    std::optional<qint64> secondsLeft(qint64 remaining) const
    {
        const double rate = bytesPerSecond();
        if (rate <= 0)
            return std::nullopt;
        return static_cast<qint64>(static_cast<double>(remaining) / rate + 0.5);
    }

private:
    QElapsedTimer m_clock;
    QList<std::pair<qint64, qint64>> m_samples; // (ms since restart, bytes so far)
};

} // namespace kanri::exports
