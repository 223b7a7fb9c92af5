import queue

q = queue.Queue()
q.join()
print("empty join returns")
for i in range(3):
    q.put(i)
while not q.empty():
    q.get()
    q.task_done()
q.join()
print("joined", q.unfinished_tasks)
q.put("x")
print(q.unfinished_tasks)
