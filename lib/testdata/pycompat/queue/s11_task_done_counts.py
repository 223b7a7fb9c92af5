import queue

q = queue.Queue()
for x in "abc":
    q.put(x)
print(q.unfinished_tasks)
q.get()
q.task_done()
print(q.unfinished_tasks)
q.get()
q.get()
q.task_done()
q.task_done()
print(q.unfinished_tasks)
q.join()
print("joined")
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(q.unfinished_tasks)
