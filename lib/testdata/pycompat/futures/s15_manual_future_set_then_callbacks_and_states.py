from concurrent.futures import Future, InvalidStateError

f = Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("early", fut.result())))
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls, f.done(), f.cancel())
try:
    f.set_result(43)
except InvalidStateError:
    print("InvalidStateError on second set_result")
g = Future()
print(g.cancel(), g.cancelled(), g.set_running_or_notify_cancel())
