import queue
q = queue.Queue()
for w in "the quick brown fox".split():
    q.put(w)
words = []
while True:
    try:
        words.append(q.get_nowait())
    except queue.Empty:
        break
print(" ".join(reversed(words)), q.qsize(), q.unfinished_tasks)
