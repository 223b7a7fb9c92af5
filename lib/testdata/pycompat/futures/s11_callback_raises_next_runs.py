import concurrent.futures as cf, logging

logging.disable(logging.CRITICAL)
out = []
def bad(fut):
    raise ValueError("callback failed")
def good(fut):
    out.append(fut.result())

f = cf.Future()
f.add_done_callback(bad)
f.add_done_callback(good)
f.set_result("ok")
print(out, f.done(), f.result())
