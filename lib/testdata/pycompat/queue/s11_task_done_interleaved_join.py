import queue, threading

q = queue.Queue()
done_order = []
def worker():
    while True:
        item = q.get()
        done_order.append(item)
        q.task_done()
        if item == "last":
            break
t = threading.Thread(target=worker)
t.start()
for x in ("a", "b"):
    q.put(x)
q.join()
print(done_order, q.unfinished_tasks)
q.put("last")
q.join()
t.join()
print(done_order, q.unfinished_tasks)
