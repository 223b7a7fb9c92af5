import queue

q = queue.Queue()
print(q.unfinished_tasks)
for i in range(3):
    q.put(i)
print(q.unfinished_tasks)
q.get()
q.get()
print(q.unfinished_tasks)
q.task_done()
print(q.unfinished_tasks)
q.task_done()
q.get()
q.task_done()
print(q.unfinished_tasks)
q.join()
print("joined")
