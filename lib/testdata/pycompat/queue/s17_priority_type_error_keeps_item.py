import queue

p = queue.PriorityQueue()
p.put(1)
try:
    p.put("a")
except TypeError as e:
    print("TypeError:", e)
print(p.qsize(), p.unfinished_tasks)
print(p.get())
print(p.get())
print(p.qsize(), p.empty())
