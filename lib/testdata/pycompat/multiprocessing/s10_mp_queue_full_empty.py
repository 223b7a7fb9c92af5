import multiprocessing, queue, time

if __name__ == "__main__":
    q = multiprocessing.Queue(maxsize=2)
    q.put(1); q.put(2)
    try:
        q.put(3, timeout=0.05)
    except queue.Full:
        print("Full", q.full())
    try:
        q.put_nowait(3)
    except queue.Full:
        print("Full nowait")
    print(q.get(), q.get())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty", q.empty())
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty nowait")
    try:
        q.get(block=False)
    except queue.Empty:
        print("Empty block=False")
