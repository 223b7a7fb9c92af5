import queue, threading

tasks = queue.PriorityQueue()
done = []
for prio, name in [(3, "email"), (1, "outage"), (2, "review"), (1, "deploy"), (9, "stop")]:
    tasks.put((prio, name))

def worker():
    while True:
        prio, name = tasks.get()
        if name == "stop":
            tasks.task_done()
            return
        done.append((prio, name))
        tasks.task_done()

t = threading.Thread(target=worker)
t.start()
tasks.join()
t.join()
print(done, tasks.empty())
