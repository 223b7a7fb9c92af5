from concurrent.futures import Future
import logging

logging.disable(logging.CRITICAL)  # the failing callback's log is not what is checked
f = Future()
order = []


def cb(name):
    def run(fut):
        order.append((name, fut.result()))
    return run


def bad(fut):
    order.append(("bad", "raises"))
    raise RuntimeError("callback failed")


f.add_done_callback(cb("a"))
f.add_done_callback(bad)
f.add_done_callback(cb("b"))
f.set_result("v")
print(order)
f.add_done_callback(cb("late"))
print(order[-1], "done:", f.done())
g = Future()
g.add_done_callback(lambda fut: order.append(("cancel cb", fut.cancelled())))
g.cancel()
print(order[-1])
