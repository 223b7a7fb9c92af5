import queue, threading, time
q = queue.Queue()
got = []
def consumer():
    while True:
        try:
            item = q.get(timeout=1.5)
        except queue.Empty:
            got.append("idle, stopping")
            break
        got.append(item)
t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    q.put(i)
    time.sleep(0.01)
t.join()
print(got)
