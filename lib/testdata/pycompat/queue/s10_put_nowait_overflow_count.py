import queue

q = queue.Queue(maxsize=5)
dropped = 0
for i in range(12):
    try:
        q.put_nowait(i)
    except queue.Full:
        dropped += 1
print(q.qsize(), dropped, q.full())
items = []
while True:
    try:
        items.append(q.get_nowait())
    except queue.Empty:
        break
print(items, q.unfinished_tasks)
