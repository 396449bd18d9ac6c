#pragma once

#include <QtGlobal>

namespace kanri::server {

// Tunables of the service. Defaults are the production values; tests shorten some of them
// through hidden command-line options.
struct ServiceConfig
{
    qint64 accessTokenSeconds = 15 * 60;
    qint64 refreshTokenSeconds = 30 * 24 * 3600;
    // Sign-in attempts per client address (token bucket: burst, then per minute).
    int loginBurst = 30;
    int loginPerMinute = 30;
    // API requests per signed-in user and second (0: unlimited), with this burst.
    int apiPerSecond = 200;
    int apiBurst = 1000;
    bool accessLog = true;
    // Threads serving HTTP; 0: one per core, up to 4.
    int httpThreads = 0;
    // How often the retention job runs, and how long logs and usage events are kept.
    qint64 purgeIntervalSeconds = 24 * 3600;
    qint64 idempotencySeconds = 24 * 3600;
    // How long a generated log export stays downloadable before it expires.
    qint64 exportTtlSeconds = 7 * 24 * 3600;
    // Pause after every chunk of an export's rows (tests: to catch a generation in progress).
    qint64 exportThrottleMs = 0;
};

} // namespace kanri::server
