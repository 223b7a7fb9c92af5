import threading


def action():
    raise ValueError("action failed")


b = threading.Barrier(2, action=action)
seen = []


def first():
    try:
        b.wait()
        seen.append("first passed")
    except threading.BrokenBarrierError as e:
        seen.append("first: " + repr(e))


t = threading.Thread(target=first)
t.start()
while b.n_waiting < 1:
    pass
try:
    b.wait()
except ValueError as e:
    print("last arrival:", repr(e))
t.join()
print(seen)
print("broken:", b.broken, "waiting:", b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("again:", repr(e), "str=%r" % str(e))
b.reset()
print("after reset:", b.broken, b.parties)
