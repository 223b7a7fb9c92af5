import queue, threading

q = queue.LifoQueue()
for job in ["a", "b", "c", "d"]:
    q.put(job)
done = []
def worker():
    while True:
        job = q.get()
        done.append(job)
        if job == "c":
            q.put("c2")
        q.task_done()

threading.Thread(target=worker, daemon=True).start()
q.join()
print(done, q.unfinished_tasks, q.empty())
