from concurrent.futures import Future, CancelledError

f = Future()
print(f.cancel(), f.cancel(), f.cancelled(), f.done(), f.running())
for g in (f.result, f.exception, lambda: f.result(timeout=0), lambda: f.exception(timeout=1)):
    try:
        g()
    except CancelledError as e:
        print("CancelledError", repr(str(e)))
print(f.set_running_or_notify_cancel())
