import queue, threading
q = queue.Queue()
N = 3
def producer(pid):
    for i in range(4):
        q.put((pid, i))
    q.put(None)
for p in range(N):
    threading.Thread(target=producer, args=(p,)).start()
done, got = 0, []
while done < N:
    x = q.get()
    if x is None:
        done += 1
    else:
        got.append(x)
print(len(got), sorted(got)[:2], sorted(got)[-1], q.empty())
