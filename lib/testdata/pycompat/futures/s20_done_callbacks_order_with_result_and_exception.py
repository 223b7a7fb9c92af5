from concurrent.futures import Future

log = []
ok, bad = Future(), Future()
for name in "abc":
    ok.add_done_callback(lambda f, n=name: log.append(n + "=" + str(f.result())))
    bad.add_done_callback(lambda f, n=name: log.append(n + "!" + type(f.exception()).__name__ + ":" + str(f.exception())))
bad.set_exception(ValueError("nope"))
print(log)
ok.set_result(7)
print(log)
ok.add_done_callback(lambda f: log.append("late=" + str(f.result())))
print(log[-1], len(log))
