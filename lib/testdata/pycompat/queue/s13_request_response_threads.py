import queue, threading

requests, responses = queue.Queue(), queue.Queue()
def server():
    while True:
        req = requests.get()
        if req is None:
            requests.task_done()
            break
        rid, op, a, b = req
        responses.put((rid, a + b if op == "+" else a * b))
        requests.task_done()

s = threading.Thread(target=server)
s.start()
for rid, (op, a, b) in enumerate([("+", 1, 2), ("*", 3, 4), ("+", 10, -3)]):
    requests.put((rid, op, a, b))
    print("response", responses.get(timeout=10))
requests.put(None)
requests.join()
s.join()
print("server alive:", s.is_alive(), "pending:", requests.unfinished_tasks, responses.qsize())
