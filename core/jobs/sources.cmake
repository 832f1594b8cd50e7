# The one job API every long operation runs through, and the jobs of each part.
set(DTR_JOBS_SOURCES
  jobs/payloads.h
  jobs/job.h jobs/job.cpp
  jobs/project_jobs.h jobs/project_jobs.cpp
  jobs/distill_job.h jobs/distill_job.cpp
  jobs/search_jobs.h jobs/search_jobs.cpp
  jobs/search_read_jobs.h jobs/search_read_jobs.cpp
  jobs/configuration_jobs.h jobs/configuration_jobs.cpp
  jobs/pretrain_job.h jobs/pretrain_job.cpp
)
