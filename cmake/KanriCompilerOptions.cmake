# Warnings, -Werror and sanitizers for every Kanri target (not for third-party code).
add_library(kanri_compiler_options INTERFACE)
target_compile_options(kanri_compiler_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference -Wformat=2
  -Wimplicit-fallthrough)
if(KANRI_WERROR)
  target_compile_options(kanri_compiler_options INTERFACE -Werror)
endif()
target_compile_definitions(kanri_compiler_options INTERFACE
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS)

if(KANRI_SANITIZE)
  # Applied globally so that every object, including moc output, is instrumented alike.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
