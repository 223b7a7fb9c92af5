import multiprocessing
import queue

if __name__ == "__main__":
    q = multiprocessing.Queue(maxsize=1)
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty")
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty")
    q.put("a")
    try:
        q.put("b", timeout=0.05)
    except queue.Full:
        print("Full")
    try:
        q.put_nowait("b")
    except queue.Full:
        print("Full")
    print(q.get())
