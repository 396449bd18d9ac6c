<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ApiError</name>
        <message>
            <location filename="../../models/api/apierror.cpp" line="+98" />
            <source>The service cannot be reached. Check the network connection and the service address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The secure connection could not be established: the service's certificate is not trusted or has changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The service did not answer in time. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-77" />
            <source>Your session has ended. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>The sign-in ID or the password is wrong. Check both and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This account also needs the six-digit code from your authenticator app. Enter it and sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The authentication code is wrong or was already used. Wait for the next code and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This account has no administrative role, so it cannot use the console. Sign in with an administrator's account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This account has been disabled. Ask your contract administrator to enable it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Your contract does not include this option. The contract administrator can add it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>You do not have permission to do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The service could not read the request the console sent. Report the request ID to the service operator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Too many requests. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many requests. Try again in %n minute.</numerusform>
                <numerusform>Too many requests. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>The account is locked after too many failed sign-ins. Try again in %n minute(s).</source>
            <translation>
                <numerusform>The account is locked after too many failed sign-ins. Try again in %n minute.</numerusform>
                <numerusform>The account is locked after too many failed sign-ins. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>The service sent an answer the console cannot read (at “%1”). Report the request ID to the service operator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The service's certificate has changed since you trusted it. This can mean that someone is intercepting the connection. Do not sign in; ask your service administrator whether the certificate was replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>It no longer exists on the service; it may have been deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The service refused the change because it conflicts with existing data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Someone else changed this in the meantime. Review their change, then apply yours again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The request is too large for the service. Send less at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Request ID: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-103" />
            <source>The service did not accept the input. Correct the marked fields.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Too many requests. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many requests. Try again in %n second.</numerusform>
                <numerusform>Too many requests. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-5" />
            <source>Too many requests. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The account is locked after too many failed sign-ins. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>The service had an internal problem. Try again later; if it persists, report the request ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-55" />
            <source>The service sent an answer the console cannot read. Report the request ID to the service operator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>The request was cancelled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CacheError</name>
        <message>
            <location filename="../../models/cache/cacheerror.cpp" line="+11" />
            <source>The offline cache could not be unlocked with this key or passphrase. The cache was left as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The offline cache is damaged. It will be rebuilt by downloading everything again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The offline cache was written by a newer version of Kanri. Update Kanri, or rebuild the cache.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The disk is full: the offline cache cannot be updated. Free some space and sync again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The offline cache file cannot be read or written. Check the permissions of the data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The system keychain refused to give the key of the offline cache. Unlock the keychain and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../app/commandline.cpp" line="+15" />
            <source>Kanri: the admin console for contract administrators.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show the version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Start a local demo service and connect to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Connect with the saved connection profile NAME.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Open the profile's offline data without contacting the service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address of the service (https://…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Trust this self-signed certificate (sha256:HEX).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Language of the console: ja or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Directory for settings, cache and the demo service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Try 'kanri --help'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>unexpected argument '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>--lang expects ja or en</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>--url expects an https:// address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>--pin expects sha256: followed by 64 hexadecimal digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>choose one of --profile, --demo and --url</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--offline goes with --profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--pin goes with --url</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../ui/dialogs/connectiondialog.ui" line="+6" />
            <source>Connect — Kanri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Choose the service to administer, or add a connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Saved connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>N&amp;ame:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Production</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Service &amp;address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>https://kanri.example.co.jp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Sign-in &amp;ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>name@example.co.jp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Certificate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Forget…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Forget the approved certificate, so that the next connection shows the service's certificate for approval again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Try Kanri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Runs a demo service with sample data on this computer. It stops when Kanri closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Start a &amp;local demo service</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisplayText</name>
        <message>
            <location filename="../../ui/pages/displaytext.cpp" line="+12" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Invited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Maintenance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Incident</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Investigating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cause identified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Monitoring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Internal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Confidential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Off</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/dialogs/importdialog.cpp" line="+113" />
            <source>The file could not be read: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <location filename="../../models/profile/profile.cpp" line="+33" />
            <source>Give the connection a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Enter the service address, for example https://kanri.example.co.jp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The service address must start with https://: the console only connects securely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The certificate fingerprint must be “sha256:” followed by 64 hexadecimal digits.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceStatusPage</name>
        <message>
            <location filename="../../ui/pages/servicestatuspage.ui" line="+9" />
            <location line="+3" />
            <source>Service status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Pinned certificate (SHA-256):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Service version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Database:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Service clock:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Response time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Last checked:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Check again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../ui/dialogs/signindialog.ui" line="+6" />
            <source>Sign in — Kanri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Sign-in &amp;ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>name@example.co.jp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Authentication &amp;code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>6 digits from your authenticator app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Remember me on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keeps the session in the system keychain, so the next start needs no password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Sign-in message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncError</name>
        <message>
            <location filename="../../models/sync/syncresult.cpp" line="+17" />
            <source>The service sent data the console cannot read. Sync stopped; what was received before is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Sync was cancelled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncResource</name>
        <message>
            <location filename="../../models/sync/syncresource.cpp" line="+55" />
            <source>Tenant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Role assignments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Label assignments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Usage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Log exports</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncSummary</name>
        <message>
            <location filename="../../models/sync/syncresult.cpp" line="+30" />
            <source>Synced: %1 changed, %2 deleted in %3 s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsageMetric</name>
        <message>
            <location filename="../../ui/pages/usagemetric.cpp" line="+44" />
            <source>Sign-ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Projects (total)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Uploads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Files (total)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Downloads</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserCsv</name>
        <message>
            <location filename="../../models/accounts/usercsv.cpp" line="+124" />
            <source>At least one letter (A–Z, a–z).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>At least one digit (0–9).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Half-width letters, digits and symbols only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Role "%1" is not written as role@/folder/path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Unknown role "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Unknown or ambiguous folder or project "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Role "%1" cannot be given on "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Operation "%1" cannot be given with role "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>The file is neither UTF-8 nor Shift_JIS text. Save it from Excel as "CSV UTF-8" and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The columns do not fit: the first line must name the columns login, name and email (and may name name_kana, password, status and roles). Missing: %1. Unknown: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The file has no users below its header line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>The sign-in ID is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The sign-in ID must be 1 to 128 half-width characters without spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The sign-in ID is also on line %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A user with this sign-in ID already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The name is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The name is longer than 200 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The e-mail address is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>"%1" is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unknown status "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Created disabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Created active: the service sets "%1" itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Password: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserImporter</name>
        <message>
            <location filename="../../models/accounts/userimporter.cpp" line="+128" />
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>not sent</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../models/session/workspace.cpp" line="+96" />
            <source>Offline: changes need a connection to the service.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::accounts::UserListModel</name>
        <message>
            <location filename="../../models/accounts/userlistmodel.cpp" line="+78" />
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::app</name>
        <message>
            <location filename="../../app/synccommand.cpp" line="+218" />
            <source>Brings the offline cache of a profile up to date, without a window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The saved connection profile to sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The service address, without a saved profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>url</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The sign-in ID, with --url.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The service certificate's fingerprint, with --url.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>sha256:hex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Where the profiles and the cache are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>dir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign in with the password in this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>The cache passphrase, for machines without a keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Objects per request (1 to 1000).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>unexpected argument '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>--page-size must be from 1 to 1000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>--url must be an https:// address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>give either --profile or --url with --login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--url needs --login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>no profile called '%1'</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::app::SyncRun</name>
        <message>
            <location line="-223" />
            <source>cannot read the password file %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>no remembered session for this profile; give --password-file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>cannot sign in: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>cannot read the cache passphrase file %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>(%1) On a machine without a keychain, give the cache passphrase with --cache-passphrase-file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>no keychain on this machine: give the cache passphrase with --cache-passphrase-file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>(the damaged cache was rebuilt)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::exports::ExportDownload</name>
        <message>
            <location filename="../../models/exports/exportdownload.cpp" line="+107" />
            <source>This export has no file to download yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>There is not enough space in %1: the export needs %2 more, %3 are free. Free some space or choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 cannot be written: %2. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>The export's manifest describes another file than the service offers (its size or SHA-256 differ), so the file cannot be verified. Report the problem to the service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+122" />
            <source>Writing %1 failed: %2. Free some space or check the folder, then resume.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The service sent a different file from the one this export describes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The service sent more than the %1 of this export. The partial file was deleted; download it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>The download ended after %1 of %2. The partial file was deleted; download it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>%1 could not be read back to verify it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The downloaded file does not match the SHA-256 checksum in the export's manifest: it was damaged on the way or on the service. The partial file was deleted; download it again, and report the problem if it happens again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The export's manifest could not be saved as %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The verified file could not be saved as %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The %1 downloaded so far are kept; resume to continue.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::exports::LogExportTableModel</name>
        <message>
            <location filename="../../models/exports/logexporttablemodel.cpp" line="+53" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Available until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 with BOM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <location line="+2" />
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Awaiting approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Generating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>JSON Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Combined Log Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Access log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Operation log</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::itemmodels::AssignmentTableModel</name>
        <message>
            <location filename="../../models/itemmodels/assignmenttablemodel.cpp" line="+16" />
            <source>Whole tenant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Folder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Project: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Operations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::itemmodels::LabelTableModel</name>
        <message>
            <location filename="../../models/itemmodels/labeltablemodel.cpp" line="+20" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Folders and projects</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::itemmodels::LabelledAssetModel</name>
        <message>
            <location filename="../../models/itemmodels/labelledassetmodel.cpp" line="+155" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+26" />
            <source>Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-24" />
            <source>Labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Project</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::itemmodels::UserTableModel</name>
        <message>
            <location filename="../../models/itemmodels/usertablemodel.cpp" line="+17" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Invited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sign-in ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Two-step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Last sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+91" />
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Off</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::service::LocalService</name>
        <message>
            <location filename="../../models/service/localservice.cpp" line="+16" />
            <source>The local demo service did not become ready in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The local demo service could not be started: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The local demo service stopped (exit code %1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>The kanri-service program was not found next to the console or on PATH.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::session::ConsoleSession</name>
        <message>
            <location filename="../../models/session/consolesession.cpp" line="+206" />
            <source>You are signed out on this computer, but the service could not be told: %1 The session stays valid on the service until it expires.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::AssignRoleDialog</name>
        <message>
            <location filename="../../ui/dialogs/assignroledialog.cpp" line="+41" />
            <source>Assign role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Users:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Type a name or sign-in ID to add users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>On:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Operations:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Assign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Whole tenant</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+175" />
            <source>%1 given to %n user(s) on %2.</source>
            <translation>
                <numerusform>%1 given to %n user on %2.</numerusform>
                <numerusform>%1 given to %n users on %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n already held it there: left unchanged.</source>
            <translation>
                <numerusform>%n already held it there: left unchanged.</numerusform>
                <numerusform>%n already held it there: left unchanged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n user(s) already held %1 on %2; nothing was changed.</source>
            <translation>
                <numerusform>%n user already held %1 on %2; nothing was changed.</numerusform>
                <numerusform>%n users already held %1 on %2; nothing was changed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::CancelExportCommand</name>
        <message>
            <location filename="../../ui/commands/logexportcommands.cpp" line="+36" />
            <source>&amp;Cancel export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel the selected export before it is generated; it is not billed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Select an export to cancel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Only an export that is awaiting approval or approved can be cancelled; generation has begun or it has ended.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::CertificateDialog</name>
        <message>
            <location filename="../../ui/dialogs/certificatedialog.cpp" line="+21" />
            <source>Trust this service's certificate?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate that no trusted authority has signed. This is normal for a service your organisation runs itself, but it could also mean that someone is intercepting the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>This certificate is different from the one you trusted before for this service. Trust it only if your service administrator told you that the certificate was replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Issued to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Issued by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Valid:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>from %1 until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>SHA-256 fingerprint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Compare this fingerprint with the one your service administrator gave you. Trust the certificate only if every character matches; otherwise cancel and contact them. Once trusted, the console remembers it for this connection and warns you if the service ever presents a different one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Trust this certificate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::ConnectionDialog</name>
        <message>
            <location filename="../../ui/dialogs/connectiondialog.cpp" line="+19" />
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Local demo service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>(started by Kanri on this computer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Verified by a certificate authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pinned: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Delete connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the connection “%1”? Its address and approved certificate are forgotten; nothing changes on the service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Forget the approved certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Forget the certificate approved for “%1”? The next connection shows the service's certificate again; approve it only if its fingerprint is the one your service administrator gave you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>A connection called “%1” already exists. Choose another name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::ConsoleController</name>
        <message>
            <location filename="../../ui/consolecontroller.cpp" line="+96" />
            <source>There is no saved connection called “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>Starting the local demo service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>The demo service could not be started. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>The session could not be kept in the system keychain (%1). You will be asked for the password next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>There is no offline data for this connection yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>The offline data cannot be opened. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Offline cache</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The offline cache cannot be opened, so this run keeps its data in memory only. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The offline data stays locked without its passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The offline cache is kept in memory for this run only: nothing is written to disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign out of %1? The session is ended on the service, and a remembered session is forgotten on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Also delete the offline data on this computer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::ContractPage</name>
        <message>
            <location filename="../../ui/pages/contractpage.cpp" line="+19" />
            <source>purchased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>not purchased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancellation in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Terminated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Tenant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tenant ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Time zone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contract:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Options:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Security and logs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Password policy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lockout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Log retention:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Log export price:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>until %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>at least %n character(s)</source>
            <translation>
                <numerusform>at least %n character</numerusform>
                <numerusform>at least %n characters</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-12" />
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>The contract is shown after the first sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Two-step verification (TOTP): %1 / Log exports: %2 / Single sign-on: %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>after %n failed sign-in(s)</source>
            <translation>
                <numerusform>after %n failed sign-in</numerusform>
                <numerusform>after %n failed sign-ins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>for %n minute(s)</source>
            <translation>
                <numerusform>for %n minute</numerusform>
                <numerusform>for %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>¥%1 per request plus ¥%2 per million rows%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> (approved automatically)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not part of the contract</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::DashboardPage</name>
        <message>
            <location filename="../../ui/pages/dashboardpage.cpp" line="+43" />
            <source>Period start (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Total %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>&amp;Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Last 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Last 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Custom range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;By:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save &amp;chart…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save the charts as a PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save &amp;figures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save the figures of each period as CSV (UTF-8, opens in Excel)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+94" />
            <source>From %1 to %2 (%n days), calendar days in %3. Figures as of %4.</source>
            <translation>
                <numerusform>From %1 to %2 (%n day), calendar days in %3. Figures as of %4.</numerusform>
                <numerusform>From %1 to %2 (%n days), calendar days in %3. Figures as of %4.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The period ends before it starts. Choose another end date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The usage figures are for the contract administrator only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The cache holds no usage figures yet. They arrive with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This period is not in the cache, which holds the days from %1 to %2. Choose a period within them, or sync while online to bring the cache up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Save the charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Save the figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PNG images (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Saved %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::DownloadExportCommand</name>
        <message>
            <location filename="../../ui/commands/logexportcommands.cpp" line="+6" />
            <source>&amp;Download…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected export's file; its checksum is verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Select an export to download.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Only a ready export can be downloaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This export is being downloaded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::ExportDownloadPanel</name>
        <message numerus="yes">
            <location filename="../../ui/pages/exportdownloadpanel.cpp" line="+19" />
            <source>about %n second(s) left</source>
            <translation>
                <numerusform>about %n second left</numerusform>
                <numerusform>about %n seconds left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>about %n minute(s) left</source>
            <translation>
                <numerusform>about %n minute left</numerusform>
                <numerusform>about %n minutes left</numerusform>
            </translation>
        </message>
        <message>
            <location line="+41" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 downloaded; resume to continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source> · %1/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Paused at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Checking the SHA-256 checksum…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Saved and verified against the export's manifest (SHA-256 %1). The manifest is kept beside it as %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::ImportDialog</name>
        <message>
            <location filename="../../ui/dialogs/importdialog.cpp" line="-78" />
            <source>UTF-8 with BOM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Import users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reading the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sign-in ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Check / outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Save report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Resuming…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Save import report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The report was saved as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The report could not be saved as %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>OK. %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n row(s) read (%1).</source>
            <translation>
                <numerusform>%n row read (%1).</numerusform>
                <numerusform>%n rows read (%1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) have problems, shown in red: correct the file and open it again. Nothing was sent.</source>
            <translation>
                <numerusform>%n row has problems, shown in red: correct the file and open it again. Nothing was sent.</numerusform>
                <numerusform>%n rows have problems, shown in red: correct the file and open it again. Nothing was sent.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Every row can be imported. Nothing is sent until you click Import.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Import %n user(s)</source>
            <translation>
                <numerusform>Import %n user</numerusform>
                <numerusform>Import %n users</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Import finished: %1 created, %2 failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The import stopped after %1 of %2 rows: %3 Resume when the service answers again; rows already sent are not sent twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Nothing was imported yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::KpiTile</name>
        <message numerus="yes">
            <location filename="../../ui/pages/kpitile.cpp" line="+39" />
            <source>No figures for the previous %n days</source>
            <translation>
                <numerusform>No figures for the previous day</numerusform>
                <numerusform>No figures for the previous %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%1 against the previous %n days</source>
            <translation>
                <numerusform>%1 against the previous day</numerusform>
                <numerusform>%1 against the previous %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%1 (%2) against the previous %n days</source>
            <translation>
                <numerusform>%1 (%2) against the previous day</numerusform>
                <numerusform>%1 (%2) against the previous %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::LabelCommand</name>
        <message>
            <location filename="../../ui/commands/labelcommands.cpp" line="+19" />
            <source>Only the contract administrator defines labels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+16" />
            <source>Choose a label in the list first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>Select one or more folders or projects first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>No label is defined yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>None of the selected folders and projects carries a label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;New label…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Define a new label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit label…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change the chosen label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Delete label…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the chosen label and take it off every folder and project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Put label on selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Put the chosen label on the selected folders and projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Take label off selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Take the chosen label off the selected folders and projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Put label on…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Put a label on the selected folders and projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ta&amp;ke label off…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Take a label off the selected folders and projects</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::LabelDialog</name>
        <message>
            <location filename="../../ui/dialogs/labeldialog.cpp" line="+26" />
            <source>Edit label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>New label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>C&amp;hoose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Colour:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+69" />
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::LabelsPage</name>
        <message>
            <location filename="../../ui/pages/labelspage.cpp" line="+61" />
            <source>Labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/labeltags.cpp" line="+87" />
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/labelspage.cpp" line="+35" />
            <source>Search folders and projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/labeltags.cpp" line="+15" />
            <source>All folders and projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Carrying “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/labelspage.cpp" line="+109" />
            <source>%1 folders and projects.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 folders and projects carry “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>The label “%1” was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The label “%1” was defined.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Delete label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the label “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>No folder or project carries it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n folders and projects carry it and will lose it. This cannot be undone.</source>
            <translation>
                <numerusform>%n folder or project carries it and will lose it. This cannot be undone.</numerusform>
                <numerusform>%n folders and projects carry it and will lose it. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The label “%1” was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/commands/labelcommands.cpp" line="+58" />
            <source>“%1” was put on %n folders and projects.</source>
            <translation>
                <numerusform>“%1” was put on %n folder or project.</numerusform>
                <numerusform>“%1” was put on %n folders and projects.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>“%1” was taken off %n folders and projects.</source>
            <translation>
                <numerusform>“%1” was taken off %n folder or project.</numerusform>
                <numerusform>“%1” was taken off %n folders and projects.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Take “%1” off the %n folders and projects again</source>
            <translation>
                <numerusform>Take “%1” off the folder or project again</numerusform>
                <numerusform>Take “%1” off the %n folders and projects again</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Put “%1” back on the %n folders and projects</source>
            <translation>
                <numerusform>Put “%1” back on the folder or project</numerusform>
                <numerusform>Put “%1” back on the %n folders and projects</numerusform>
            </translation>
        </message>
        <message>
            <location line="-45" />
            <source>Every selected folder and project already carries “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>None of the selected folders and projects carries “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::LogExportCommand</name>
        <message>
            <location filename="../../ui/commands/logexportcommands.cpp" line="-51" />
            <source>Only the contract administrator can order, cancel and download log exports.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::LogExportParametersPage</name>
        <message>
            <location filename="../../ui/dialogs/logexportwizard.cpp" line="+41" />
            <source>What to export</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Logs are kept for %n day(s). Choose the log, the days and the format; the next step shows the price before anything is ordered.</source>
            <translation>
                <numerusform>Logs are kept for %n day. Choose the log, the days and the format; the next step shows the price before anything is ordered.</numerusform>
                <numerusform>Logs are kept for %n days. Choose the log, the days and the format; the next step shows the price before anything is ordered.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>From %1 to %2 (days in %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Every path, e.g. /api/v1/projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Every operation, e.g. user.create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Start with a byte order mark (for Excel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Log:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;First day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Last day:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;User (sign-in ID):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Path starts with:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Operation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;ormat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>The first day must not be after the last day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>No user with the sign-in ID %1 is known.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::LogExportQuotePage</name>
        <message>
            <location line="+23" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The export is billed at this price once it is ordered. It can be cancelled free of charge until its generation begins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Export:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rows (estimate):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Size (estimate, compressed):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Price:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quote valid until:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Order export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Asking the service for a quote…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>%1, %2 – %3, %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 with BOM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>I accept the fee of %1 for this export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Ordering… The wizard closes when the service has answered.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::LogExportWizard</name>
        <message>
            <location line="+28" />
            <source>Request log export</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::LogExportsPage</name>
        <message>
            <location filename="../../ui/pages/logexportspage.cpp" line="+93" />
            <source>Log exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>No log exports yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n export(s).</source>
            <translation>
                <numerusform>%n export.</numerusform>
                <numerusform>%n exports.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only the contract administrator can order, cancel and download log exports; you can see them here.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Logs are kept for %n day(s) and can be obtained as a paid export.</source>
            <translation>
                <numerusform>Logs are kept for %n day and can be obtained as a paid export.</numerusform>
                <numerusform>Logs are kept for %n days and can be obtained as a paid export.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+45" />
            <source>Export ordered: %1, %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Cancel log export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>Cancel this export? It will not be generated or billed.

%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Cancel export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The export was cancelled; it will not be billed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Save log export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Compressed log (*.gz)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.cpp" line="+63" />
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+141" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-214" />
            <source>Contract administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No administrative role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Kanri is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Roles &amp; access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Log exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stop the sync; what was received is kept and the next sync continues from there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Kanri — %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Last sync: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offline — data as of %1 (%2). Changes are disabled until the service answers again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Sync failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Sign &amp;out…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This page has nothing to search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Kanri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>About Kanri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Kanri %1&lt;/h3&gt;&lt;p&gt;Admin console for contract administrators.&lt;/p&gt;&lt;p&gt;Connected to %2.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::NoticesPage</name>
        <message>
            <location filename="../../ui/pages/noticespage.cpp" line="+58" />
            <source>Notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Mark as &amp;read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Mark as &amp;unread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Mark &amp;all as read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+85" />
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Unread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>%1 notices, %2 unread.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n unread notices</source>
            <translation>
                <numerusform>%n unread notice</numerusform>
                <numerusform>%n unread notices</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>Choose a notice to read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>From %1 to %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Planned maintenance from %1 to %2 (%3): %4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::PassphraseDialog</name>
        <message>
            <location filename="../../ui/dialogs/passphrasedialog.cpp" line="+24" />
            <source>Offline cache passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This computer has no keychain to keep the key of the offline cache of “%1”. Choose a passphrase to encrypt it; you will be asked for it at every start. Without one, the data is kept in memory only until Kanri closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Enter the passphrase of the offline cache of “%1”. Without it, the saved data stays locked on disk and this run keeps what it syncs in memory only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Repeat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>That passphrase does not open the cache. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Encrypt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Keep in &amp;memory only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Leave it locked</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>At least %n characters.</source>
            <translation>
                <numerusform>At least %n character.</numerusform>
                <numerusform>At least %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The two entries differ.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::PauseResumeCommand</name>
        <message>
            <location filename="../../ui/commands/logexportcommands.cpp" line="+56" />
            <location line="+12" />
            <source>&amp;Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-11" />
            <source>Pause or resume the download of the selected export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>No download of the selected export to pause or resume.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::RequestExportCommand</name>
        <message>
            <location line="-74" />
            <source>&amp;Request export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Order a paid export of the access or operation log.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::RoleChanges</name>
        <message numerus="yes">
            <location filename="../../ui/commands/rolechanges.cpp" line="+19" />
            <source>Take the %n role assignment(s) away again</source>
            <translation>
                <numerusform>Take the role assignment away again</numerusform>
                <numerusform>Take the %n role assignments away again</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n role assignment(s) taken away again.</source>
            <translation>
                <numerusform>%n role assignment taken away again.</numerusform>
                <numerusform>%n role assignments taken away again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Give the %n role assignment(s) back</source>
            <translation>
                <numerusform>Give the role assignment back</numerusform>
                <numerusform>Give the %n role assignments back</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n role assignment(s) given back.</source>
            <translation>
                <numerusform>%n role assignment given back.</numerusform>
                <numerusform>%n role assignments given back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::RolesPage</name>
        <message>
            <location filename="../../ui/pages/rolespage.cpp" line="+54" />
            <source>Roles &amp; access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Who holds which role on each folder and project: directly, or inherited from a folder above it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Assign role…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Revoke…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Folders and projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+5" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <location line="+5" />
            <source>Operations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>Granted by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Folder or project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>%1 (project)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>No folder or project selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;%1&lt;/b&gt; — who holds a role here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Direct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Inherited from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Select a holder to see every role they hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;%1&lt;/b&gt; holds:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Whole tenant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Give users a role on the selected folder or project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The selected folder or project is outside your scopes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Select a holder to revoke their role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This role is inherited: revoke it on the folder it comes from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only the contract administrator can revoke this role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Take the selected role away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Revoke role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>Put label on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Take label off</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Label to put on %n selected folders and projects:</source>
            <translation>
                <numerusform>Label to put on the selected folder or project:</numerusform>
                <numerusform>Label to put on %n selected folders and projects:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Label to take off %n selected folders and projects:</source>
            <translation>
                <numerusform>Label to take off the selected folder or project:</numerusform>
                <numerusform>Label to take off %n selected folders and projects:</numerusform>
            </translation>
        </message>
        <message>
            <location line="-71" />
            <source>Take the role %1 on %2 away from %3?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Revoke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The role was revoked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::ServiceStatusPage</name>
        <message>
            <location filename="../../ui/pages/servicestatuspage.cpp" line="+21" />
            <source>none (publicly trusted certificate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Checking the service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The service is not reachable. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The service is running normally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The service is running with problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Connected to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::ShowInFolderCommand</name>
        <message>
            <location filename="../../ui/commands/logexportcommands.cpp" line="+78" />
            <source>Show in &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder of the downloaded file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The selected export has not been downloaded in this session.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::SignInDialog</name>
        <message>
            <location filename="../../ui/dialogs/signindialog.cpp" line="+36" />
            <source>&lt;b&gt;Sign in to %1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Your session has ended.&lt;/b&gt; Sign in again to continue; the console keeps what you were doing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Kanri is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Kanri was locked&lt;/b&gt; after a period without activity. Enter your password to continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Service: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Demo service: sign in as keiyaku@demo.example (contract administrator) or kanri@demo.example (administrator of one folder), password demo1234.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Back to connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Work &amp;offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the data kept on this computer without signing in. Changes are disabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>You can try again at %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::UndoOffer</name>
        <message>
            <location filename="../../ui/pages/undooffer.cpp" line="+18" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::UsageBreakdown</name>
        <message>
            <location filename="../../ui/pages/usagebreakdown.cpp" line="+51" />
            <source>Top projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Top folders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Top users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <location line="+24" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-26" />
            <location line="+2" />
            <source>Uploads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>Downloads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sign-ins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>No sign-in for:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n days</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sign-in ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Last sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Dormant accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+48" />
            <source>The rankings are for the contract administrator only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The rankings come from the service and are not kept offline. They return when the console is online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>No activity in this period.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The %n most active in this period, by uploads, downloads and sign-ins.</source>
            <translation>
                <numerusform>The most active in this period, by uploads, downloads and sign-ins.</numerusform>
                <numerusform>The %n most active in this period, by uploads, downloads and sign-ins.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>The cache cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 accounts; the %2 longest without a sign-in are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Dormant accounts (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::UsageChart</name>
        <message>
            <location filename="../../ui/pages/usagechart.cpp" line="+58" />
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Totals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Point at the charts for exact values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+102" />
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 — %2: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::UserActions</name>
        <message numerus="yes">
            <location filename="../../ui/commands/useractions.cpp" line="+45" />
            <source>…and %n more.</source>
            <translation>
                <numerusform>…and %n more.</numerusform>
                <numerusform>…and %n more.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1: "%2" → "%3"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Name: "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reading: "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>E-mail: "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 was changed on the service after this console read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Changed meanwhile:
%1

Your change:
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>(only its version)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Apply my change again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Drop my change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <source>%1 was registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>%1 was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Disable %1?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Disable %n account(s)?</source>
            <translation>
                <numerusform>Disable %n account?</numerusform>
                <numerusform>Disable %n accounts?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>They can no longer sign in, and their sessions end at once. You can enable the accounts again later.
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-194" />
            <source>Your own account is left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+198" />
            <source>Disable</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n account(s) disabled.</source>
            <translation>
                <numerusform>%n account disabled.</numerusform>
                <numerusform>%n accounts disabled.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n account(s) enabled.</source>
            <translation>
                <numerusform>%n account enabled.</numerusform>
                <numerusform>%n accounts enabled.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Enable the %n account(s) again</source>
            <translation>
                <numerusform>Enable the account again</numerusform>
                <numerusform>Enable the %n accounts again</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>Disable the %n account(s) again</source>
            <translation>
                <numerusform>Disable the account again</numerusform>
                <numerusform>Disable the %n accounts again</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delete %1?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>Delete %n users?</source>
            <translation>
                <numerusform>Delete %n user?</numerusform>
                <numerusform>Delete %n users?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>The accounts below are deleted for good. They can no longer sign in, their sessions end and they lose these role assignments:
%1

Files and projects they created stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n account(s) deleted.</source>
            <translation>
                <numerusform>%n account deleted.</numerusform>
                <numerusform>%n accounts deleted.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reset the password of %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 gets a temporary password, shown once here; their sessions end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Reset password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Temporary password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The temporary password of %1 is:

%2

Give it to them in person; it is not shown again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The password of %1 was reset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Reset two-step sign-in of %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 signs in with the password alone until they set up an authenticator again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reset two-step sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Two-step sign-in of %1 was reset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 was unlocked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::UserCommand</name>
        <message>
            <location filename="../../ui/commands/usercommands.cpp" line="+15" />
            <source>Select one user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This user also holds roles outside your folders and projects: only the contract administrator can change the account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+88" />
            <location line="+37" />
            <source>Select one or more users.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-123" />
            <source>A selected user also holds roles outside your folders and projects: only the contract administrator can change such accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Only the contract administrator can register and delete accounts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>&amp;Register user…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Register a new account; the password is checked as you type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change the name, reading or e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Stop the selected accounts from signing in; their sessions end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Only active accounts can be disabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>You cannot disable your own account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>&amp;Disable…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>E&amp;nable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Let the selected disabled accounts sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Only disabled accounts can be enabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>De&amp;lete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected accounts with their role assignments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>You cannot delete your own account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Reset &amp;password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Give the user a new temporary password; their sessions end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reset &amp;two-step sign-in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the user's authenticator; they sign in with the password alone until they enrol again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Two-step sign-in is not set up for this user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Release an account locked after failed sign-ins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The account is not locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Assign role…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Give the selected users a role on a folder or project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>E&amp;xport CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the users shown, with their roles and scopes, as a CSV file for Excel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Register users from a CSV file, checked row by row before anything is sent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::UserDetailPanel</name>
        <message>
            <location filename="../../ui/pages/userdetailpanel.cpp" line="+18" />
            <source>view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>upload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>create projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>manage labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Folder or project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Operations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>%1 until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign-in ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Two-step sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Whole tenant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>(outside your folders)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>No roles</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>&lt;h3&gt;%n users selected&lt;/h3&gt;</source>
            <translation>
                <numerusform>&lt;h3&gt;%n user selected&lt;/h3&gt;</numerusform>
                <numerusform>&lt;h3&gt;%n users selected&lt;/h3&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>&lt;h3&gt;No user selected&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disable, enable, delete or assign a role to all of them at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Select a user to see their profile and roles.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::UserDialog</name>
        <message>
            <location filename="../../ui/dialogs/userdialog.cpp" line="+20" />
            <source>Register user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Sign-in ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reading (furigana):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. ヤマダ ハナコ — sorts the list in あいうえお order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Leave empty to invite: the account signs in once a password is set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Without a password the account is invited and cannot sign in yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>✓ The password meets the tenant's policy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The password does not meet the tenant's policy:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::UsersPage</name>
        <message>
            <location filename="../../ui/pages/userspage.cpp" line="+80" />
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+110" />
            <source>Search name, reading, sign-in ID or e-mail (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Only users with this status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only users holding this role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only users holding a role on this folder or project, or below it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only users holding a role on a folder or project with this label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>All roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>All folders and projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>All labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>%1 of %2 users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+71" />
            <source>Export users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>users.csv</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Exporting %n user(s)…</source>
            <translation>
                <numerusform>Exporting %n user…</numerusform>
                <numerusform>Exporting %n users…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n user(s) exported to %1.</source>
            <translation>
                <numerusform>%n user exported to %1.</numerusform>
                <numerusform>%n users exported to %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>The users could not be written to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Import users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv *.txt)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
