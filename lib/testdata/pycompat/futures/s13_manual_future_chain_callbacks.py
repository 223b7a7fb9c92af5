from concurrent.futures import Future

a, b, c = Future(), Future(), Future()
trace = []
a.add_done_callback(lambda f: (trace.append("a done"), b.set_result(f.result() + 1)))
b.add_done_callback(lambda f: (trace.append("b done"), c.set_exception(ValueError(f"stop at {f.result()}"))))
c.add_done_callback(lambda f: trace.append("c done: " + str(f.exception())))
print(a.done(), b.done(), c.done())
a.set_result(41)
print(trace)
print(b.result(), type(c.exception()).__name__, c.exception())
