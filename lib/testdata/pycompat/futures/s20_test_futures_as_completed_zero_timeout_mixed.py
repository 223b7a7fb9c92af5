# After CPython's Lib/test/test_concurrent_futures.py AsCompletedTests
# (test_zero_timeout, test_duplicate_futures).
import threading
import time
from concurrent.futures import ThreadPoolExecutor, Future, as_completed, TimeoutError

gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    future1 = ex.submit(gate.wait, 30)
    finished = ex.submit(lambda: "done")
    finished.result()
    failed = Future()
    failed.set_exception(OSError("x"))
    cancelled = Future()
    cancelled.cancel()
    cancelled.set_running_or_notify_cancel()
    completed = set()
    try:
        for f in as_completed([cancelled, failed, finished, future1], timeout=0):
            completed.add(f)
    except TimeoutError as e:
        print("TimeoutError:", e)
    print(completed == {cancelled, failed, finished}, future1 in completed)
    dup = ex.submit(time.sleep, 0.05)
    print(len(list(as_completed([dup, dup, dup]))))
    gate.set()
