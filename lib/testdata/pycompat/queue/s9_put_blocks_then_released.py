import queue, threading

q = queue.Queue(2)
q.put("a")
q.put("b")
log = []

def producer():
    q.put("c")
    log.append("put c")

t = threading.Thread(target=producer)
t.start()
t.join(0.05)
log.append("alive %s" % t.is_alive())
log.append("got " + q.get())
t.join()
print(log)
print([q.get(), q.get()], q.empty())
