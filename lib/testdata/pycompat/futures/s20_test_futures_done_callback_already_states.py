# After CPython's Lib/test/test_concurrent_futures.py FutureTests
# (test_done_callback_already_successful/failed/cancelled, with_result/with_exception/with_cancel).
from concurrent.futures import Future

callback_result = None
def fn(f):
    global callback_result
    callback_result = f.result()
f = Future()
f.add_done_callback(fn)
f.set_result(5)
print(callback_result)

callback_exception = None
def fn2(f):
    global callback_exception
    callback_exception = f.exception()
f = Future()
f.add_done_callback(fn2)
f.set_exception(Exception("test"))
print(callback_exception.args)

was_cancelled = None
def fn3(f):
    global was_cancelled
    was_cancelled = f.cancelled()
f = Future()
f.add_done_callback(fn3)
print(f.cancel(), was_cancelled)

f = Future()
f.set_result(5)
f.add_done_callback(fn)
f2 = Future()
f2.set_exception(Exception("test2"))
f2.add_done_callback(fn2)
f3 = Future()
f3.cancel()
was_cancelled = None
f3.add_done_callback(fn3)
print(callback_result, callback_exception.args, was_cancelled)
