"""Orchestration: the run, stage after stage, and what runs it.

Read top-down from pipeline.py: discover → load and extract, through the cache
(articles.py, file_task.py) → stories (story_phase.py) → cross-article rules → select and
suppress (select.py) → the RunResult the reporters format (result.py). Where the work
runs is an engine's affair (base.py; local.py and workers.py: processes on this machine;
dask_engine.py: a Dask cluster, shared_store.py the folder its workers share); what is
kept between runs is the cache's (cache.py, its keys in keys.py, its records in blobs.py).
"""
