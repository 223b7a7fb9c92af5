import queue, threading

q = queue.Queue()
got = []

def consumer():
    while True:
        try:
            item = q.get(timeout=1.5)
        except queue.Empty:
            got.append("idle, exiting")
            return
        got.append(item)
        q.task_done()

c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    q.put(i)
q.join()
c.join()
print(got)
