import threading

e = threading.Event()
trace = []
for op in ("clear", "clear", "set", "set", "wait0", "clear", "wait0", "set", "clear", "clear"):
    if op == "wait0":
        trace.append(e.wait(0))
    else:
        getattr(e, op)()
        trace.append(e.is_set())
print(trace)
