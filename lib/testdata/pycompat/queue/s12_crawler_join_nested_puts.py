import queue, threading

links = {"/": ["/a", "/b"], "/a": ["/a/1", "/a/2"], "/b": ["/b/1"], "/a/1": [], "/a/2": ["/a/2/x"], "/b/1": [], "/a/2/x": []}
q = queue.Queue()
seen = set()
lock = threading.Lock()
def crawler():
    while True:
        url = q.get()
        for nxt in links[url]:
            with lock:
                if nxt in seen:
                    continue
                seen.add(nxt)
            q.put(nxt)
        q.task_done()

seen.add("/")
q.put("/")
for _ in range(3):
    threading.Thread(target=crawler, daemon=True).start()
q.join()
print(sorted(seen), q.unfinished_tasks, q.empty())
