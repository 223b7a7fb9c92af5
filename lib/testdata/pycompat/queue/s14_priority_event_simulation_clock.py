import itertools
import queue

events = queue.PriorityQueue()
seq = itertools.count()


def schedule(at, what):
    events.put((at, next(seq), what))


schedule(5.0, "customer B arrives")
schedule(1.5, "customer A arrives")
schedule(1.5, "door opens")
schedule(9.25, "close")
clock = 0.0
while not events.empty():
    at, _, what = events.get()
    clock = at
    print("t=%.2f %s" % (clock, what))
    if what == "customer A arrives":
        schedule(clock + 2, "customer A served")
    if what == "customer B arrives":
        schedule(clock + 2.5, "customer B served")
print("end at", clock, "pending", events.qsize())
