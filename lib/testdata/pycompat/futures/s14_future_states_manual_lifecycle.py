from concurrent.futures import Future

f = Future()
print(f.running(), f.done(), f.cancelled())
print(f.set_running_or_notify_cancel())
print(f.running(), f.done(), f.cancel())
f.set_result({"answer": 42})
print(f.running(), f.done(), f.result()["answer"], f.exception())
g = Future()
print(g.cancel(), g.set_running_or_notify_cancel(), g.cancelled(), g.done())
