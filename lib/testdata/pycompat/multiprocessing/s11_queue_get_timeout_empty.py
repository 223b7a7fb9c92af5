import multiprocessing, queue

if __name__ == "__main__":
    q = multiprocessing.Queue(maxsize=1)
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty")
    q.put("x")
    try:
        q.put("y", timeout=0.05)
    except queue.Full:
        print("Full")
    print(q.get(), q.empty())
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty nowait")
