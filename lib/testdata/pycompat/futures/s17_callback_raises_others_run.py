import logging
from concurrent.futures import Future

logging.disable(logging.CRITICAL)
log = []

def bad(f):
    log.append("bad")
    raise RuntimeError("callback failed")

f = Future()
f.add_done_callback(lambda f: log.append("first"))
f.add_done_callback(bad)
f.add_done_callback(lambda f: log.append("third " + str(f.result())))
f.set_result(9)
f.add_done_callback(bad)
f.add_done_callback(lambda f: log.append("late"))
print(log)
