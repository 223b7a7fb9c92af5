from concurrent.futures import Future, as_completed

a, b = Future(), Future()
a.set_result(1)
b.set_result(2)
got = sorted(f.result() for f in as_completed([a, a, b, a]))
print(got)
c = Future()
c.cancel()
c.set_running_or_notify_cancel()
print([f.cancelled() for f in as_completed([c, c])])
print(list(as_completed([])))
