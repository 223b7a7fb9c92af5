import multiprocessing, queue

if __name__ == "__main__":
    q = multiprocessing.Queue(2)
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty")
    try:
        q.get(timeout=0.02)
    except queue.Empty:
        print("Empty timeout")
    q.put(1)
    q.put(2)
    try:
        q.put_nowait(3)
    except queue.Full:
        print("Full")
    try:
        q.put(3, timeout=0.02)
    except queue.Full:
        print("Full timeout")
    print(q.get(), q.get())
