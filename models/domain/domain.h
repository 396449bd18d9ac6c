#pragma once

// Every value type of the v1 API, for code that handles many of them (the API client, the
// service's router, tests).
#include "asset.h"
#include "auth.h"
#include "common.h"
#include "decoded.h"
#include "enums.h"
#include "json.h"
#include "label.h"
#include "logexport.h"
#include "notice.h"
#include "role.h"
#include "tenant.h"
#include "usage.h"
#include "user.h"
