from concurrent.futures import Future, wait, FIRST_EXCEPTION
import threading

f = Future()
g = Future()
def finish():
    f.set_exception(ValueError("manual failure"))
threading.Timer(0.01, finish).start()
done, not_done = wait([f, g], return_when=FIRST_EXCEPTION)
print(len(done), len(not_done), f in done)
print(type(f.exception()).__name__, f.exception())
try:
    f.result()
except ValueError as e:
    print("result raised", e)
g.set_result("ok")
print(g.result(), g.exception())
