import concurrent.futures as cf

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running())
f.set_exception(ValueError("manual"))
print(f.done(), type(f.exception()).__name__, f.exception())
try:
    f.set_result(1)
except cf.InvalidStateError:
    print("InvalidStateError")
g = cf.Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except cf.CancelledError:
    print("CancelledError")
