import queue

s = queue.LifoQueue()
for ch in "stressed":
    s.put(ch)
print("".join(s.get() for _ in range(s.qsize())))
words = queue.LifoQueue()
for w in "the quick brown fox".split():
    words.put(w)
out = []
while not words.empty():
    out.append(words.get_nowait())
print(" ".join(out), words.qsize())
