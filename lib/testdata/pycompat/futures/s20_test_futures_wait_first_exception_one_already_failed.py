# After CPython's Lib/test/test_concurrent_futures.py WaitTests
# (test_first_exception_one_already_failed, test_first_completed_some_already_completed).
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION, FIRST_COMPLETED

def raise_():
    raise OSError("failed")

with ThreadPoolExecutor(3) as ex:
    failed = ex.submit(raise_)
    failed.exception()
    future1 = ex.submit(time.sleep, 0.3)
    done, nd = wait([failed, future1], return_when=FIRST_EXCEPTION)
    print(done == {failed}, nd == {future1})
    ok = ex.submit(lambda: 1)
    ok.result()
    future2 = ex.submit(time.sleep, 0.3)
    done, nd = wait([ok, future1, future2], return_when=FIRST_COMPLETED)
    print(ok in done, future2 in nd, len(done) + len(nd))
