# Stage 2 of Distill-then-Replace: task files and scoring, the greedy search and its
# baselines, and the project driver that stores everything as it happens.
set(DTR_SEARCH_SOURCES
  search/tasks.h search/tasks.cpp
  search/metrics.h search/metrics.cpp
  search/scoring.h search/scoring.cpp
  search/greedy.h search/greedy.cpp
  search/search_types.h search/search_types.cpp
  search/search.h search/search.cpp
  search/order_correlation.h search/order_correlation.cpp
)
