from concurrent.futures import Future

f = Future()
print(f.set_running_or_notify_cancel(), f.running(), f.cancel(), f.cancelled())
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
f.set_result("ok")
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("finished:", type(e).__name__ + ":", e)
print(f.result(), f.running(), f.done())
