from concurrent.futures import Future, InvalidStateError, wait, as_completed
import threading, re

def show(f):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(f)))

f = Future()
show(f)
log = []
f.add_done_callback(lambda fut: log.append(fut.result()))
t = threading.Thread(target=f.set_result, args=(42,))
t.start()
t.join()
print(f.result(timeout=1), f.done(), log)
show(f)
try:
    f.set_result(0)
except InvalidStateError as e:
    print("InvalidStateError:", re.sub(r" at 0x[0-9a-f]+", "", str(e)))
g = Future()
threading.Timer(0.01, g.set_exception, args=(ValueError("late failure"),)).start()
done, _ = wait([g], timeout=10)
print(len(done), repr(g.exception()))
h = Future()
print(h.cancel(), h.cancelled())
try:
    h.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", re.sub(r" at 0x[0-9a-f]+", "", str(e)))
