import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print("unfinished", q.unfinished_tasks)
got = [q.get() for _ in range(3)]
print("got", got, "unfinished", q.unfinished_tasks)
for _ in range(3):
    q.task_done()
print("unfinished", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print("unfinished", q.unfinished_tasks)
q.join()
print("join returned", q.empty())
q.put("x")
try:
    q.task_done()
    q.task_done()
except ValueError as e:
    print("second ValueError:", e, q.unfinished_tasks, q.qsize())
