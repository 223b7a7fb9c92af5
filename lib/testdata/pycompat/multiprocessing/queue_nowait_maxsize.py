import multiprocessing
import queue

if __name__ == "__main__":
    q = multiprocessing.Queue(2)
    q.put(1)
    q.put(2)
    try:
        q.put_nowait(3)
    except queue.Full:
        print("Full")
    try:
        q.put(3, timeout=0.02)
    except queue.Full:
        print("Full after timeout")
    print(q.get(), q.get())
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty")
    try:
        q.get(timeout=0.02)
    except queue.Empty:
        print("Empty after timeout")
