import threading

e = threading.Event()
res = {}
def waiter(name, timeout):
    res[name] = e.wait(timeout)

short = threading.Thread(target=waiter, args=("short", 0.05))
long_ = threading.Thread(target=waiter, args=("long", 10))
forever = threading.Thread(target=waiter, args=("forever", None))
for t in (short, long_, forever):
    t.start()
short.join()
print("short done first:", res)
e.set()
long_.join(); forever.join()
print(sorted(res.items()))
