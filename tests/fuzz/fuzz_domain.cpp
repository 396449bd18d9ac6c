// libFuzzer target for the API decoders (models/domain). The first byte picks a type, the rest
// is decoded as that type's body. Beyond "no crash, no sanitizer report" it checks two
// properties of every decode that succeeds:
//   - the value survives encode → bytes → decode unchanged (operator==), and
//   - encoding is canonical: the re-decoded value encodes to the same bytes.
// A failed decode must carry a message.
#include "domain/domain.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>

using namespace kanri::domain;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &input, const QByteArray &encoded)
{
    std::fprintf(stderr, "fuzz_domain: %s\n  input:   %s\n  encoded: %s\n", what,
                 input.toPercentEncoding(" {}[]\":,").constData(),
                 encoded.toPercentEncoding(" {}[]\":,").constData());
    std::abort();
}

template<typename T>
void check(const QByteArray &input)
{
    const Decoded<T> first = decodeBody<T>(input);
    if (!first) {
        if (first.error().message.isEmpty())
            fail("decode error without a message", input, {});
        return;
    }
    const QByteArray encoded = toBytes(first->toJson());
    const Decoded<T> second = decodeBody<T>(encoded);
    if (!second)
        fail(qPrintable(QStringLiteral("re-encoded value does not decode: ")
                        + second.error().toString()),
             input, encoded);
    if (!(*second == *first))
        fail("value changed in the round trip", input, encoded);
    if (toBytes(second->toJson()) != encoded)
        fail("encoding is not canonical", input, encoded);
}

using Check = void (*)(const QByteArray &);

// Index = first byte % 65, so the printable prefix 'A' + index also selects it (seed corpus:
// 'A' Health, 'E' User, ...). Append new types at the end to keep the seeds' meaning.
constexpr Check kChecks[] = {
    check<Health>,                      // 0  'A'
    check<Problem>,                     // 1  'B'
    check<FieldError>,                  // 2  'C'
    check<Tombstone>,                   // 3  'D'
    check<User>,                        // 4  'E'
    check<UserCreate>,                  // 5  'F'
    check<UserUpdate>,                  // 6  'G'
    check<PasswordReset>,               // 7  'H'
    check<PasswordResetResult>,         // 8  'I'
    check<LoginRequest>,                // 9  'J'
    check<RefreshRequest>,              // 10 'K'
    check<LogoutRequest>,               // 11 'L'
    check<TokenResponse>,               // 12 'M'
    check<Me>,                          // 13 'N'
    check<TotpEnrollment>,              // 14 'O'
    check<TotpConfirm>,                 // 15 'P'
    check<TenantOptions>,               // 16 'Q'
    check<PasswordPolicy>,              // 17 'R'
    check<LockoutPolicy>,               // 18 'S'
    check<LogExportPricing>,            // 19 'T'
    check<Contract>,                    // 20 'U'
    check<Tenant>,                      // 21 'V'
    check<TenantUpdate>,                // 22 'W'
    check<Role>,                        // 23 'X'
    check<Scope>,                       // 24 'Y'
    check<RoleAssignment>,              // 25 'Z'
    check<RoleAssignmentCreate>,        // 26 '['
    check<RoleAssignmentUpdate>,        // 27 '\'
    check<Folder>,                      // 28 ']'
    check<FolderCreate>,                // 29 '^'
    check<FolderUpdate>,                // 30 '_'
    check<Project>,                     // 31 '`'
    check<ProjectCreate>,               // 32 'a'
    check<ProjectUpdate>,               // 33 'b'
    check<File>,                        // 34 'c'
    check<FileCreate>,                  // 35 'd'
    check<FileDownload>,                // 36 'e'
    check<Label>,                       // 37 'f'
    check<LabelCreate>,                 // 38 'g'
    check<LabelUpdate>,                 // 39 'h'
    check<AssetRef>,                    // 40 'i'
    check<LabelAssignment>,             // 41 'j'
    check<LabelAssignmentCreate>,       // 42 'k'
    check<UsageBucket>,                 // 43 'l'
    check<UsageTotals>,                 // 44 'm'
    check<UsageSeries>,                 // 45 'n'
    check<UsageTopEntry>,               // 46 'o'
    check<Notice>,                      // 47 'p'
    check<LogExportFilters>,            // 48 'q'
    check<LogExportQuoteRequest>,       // 49 'r'
    check<LogExportQuote>,              // 50 's'
    check<LogExportCreate>,             // 51 't'
    check<LogExport>,                   // 52 'u'
    check<LogExportManifest>,           // 53 'v'
    check<Page<User>>,                  // 54 'w'
    check<Page<Folder>>,                // 55 'x'
    check<Page<Project>>,               // 56 'y'
    check<Page<File>>,                  // 57 'z'
    check<Page<Role>>,                  // 58 '{'
    check<Page<RoleAssignment>>,        // 59 '|'
    check<Page<Label>>,                 // 60 '}'
    check<Page<LabelAssignment>>,       // 61 '~'
    check<Page<Notice>>,                // 62 (byte 62 or 127)
    check<Page<LogExport>>,             // 63 (byte 63 or 128)
    check<Page<UsageTopEntry>>,         // 64 (byte 64 or 129)
};
static_assert(std::size(kChecks) == 65, "update the prefix table above and the seed corpus");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t index = data[0] % std::size(kChecks);
    const QByteArray body(reinterpret_cast<const char *>(data + 1),
                          static_cast<qsizetype>(size - 1));
    kChecks[index](body);
    return 0;
}
