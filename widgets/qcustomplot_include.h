#pragma once

// QCustomPlot's header uses the Qt keywords (`signals:`, `foreach`) that dtr_widgets
// turns off with QT_NO_KEYWORDS. Include <qcustomplot.h> only through this header and
// only from .cpp files (never from a header other code includes), so the temporary
// keyword macros cannot leak into a translation unit that also sees LibTorch.

#ifdef QT_NO_KEYWORDS
#  define signals Q_SIGNALS
#  define slots Q_SLOTS
#  define emit Q_EMIT
#  define foreach Q_FOREACH
#  include <qcustomplot.h>
#  undef signals
#  undef slots
#  undef emit
#  undef foreach
#else
#  include <qcustomplot.h>
#endif
