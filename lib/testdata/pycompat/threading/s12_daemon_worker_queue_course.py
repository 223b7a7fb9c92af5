import queue, threading
q = queue.Queue()
lines = []
def worker(num):
    while True:
        item = q.get()
        if item is None:
            break
        lines.append("스레드 {0} : 처리완료 {1}".format(num + 1, item))
        q.task_done()
threads = []
for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    threads.append(t)
for item in range(6):
    q.put(item)
q.join()
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
print(len(lines), sorted(l.split(" : ")[1] for l in lines))
