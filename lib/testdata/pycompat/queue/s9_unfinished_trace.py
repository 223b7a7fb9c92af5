import queue

q = queue.Queue()
print(q.unfinished_tasks)
for i in range(3):
    q.put(i)
print(q.unfinished_tasks, q.qsize())
q.get()
print(q.unfinished_tasks, q.qsize())
q.task_done()
print(q.unfinished_tasks)
q.get(); q.get()
q.task_done(); q.task_done()
print(q.unfinished_tasks, q.empty())
q.join()
print("joined")
