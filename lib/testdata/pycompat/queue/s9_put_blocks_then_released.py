import queue, threading

q = queue.Queue(2)
q.put("a")
q.put("b")
log = []
plog = []  # the producer's own log: its order against main's is the scheduler's


def producer():
    q.put("c")
    plog.append("put c")

t = threading.Thread(target=producer)
t.start()
t.join(0.05)
log.append("alive %s" % t.is_alive())
log.append("got " + q.get())
t.join()
print(log, plog)
print([q.get(), q.get()], q.empty())
