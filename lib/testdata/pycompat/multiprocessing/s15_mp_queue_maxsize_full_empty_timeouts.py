import multiprocessing
import queue

if __name__ == "__main__":
    q = multiprocessing.Queue(maxsize=2)
    q.put("a")
    q.put("b")
    try:
        q.put("c", timeout=0.1)
    except queue.Full:
        print("Full after timeout")
    try:
        q.put_nowait("c")
    except queue.Full:
        print("Full nowait")
    print(q.get(), q.get(timeout=5))
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("Empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty nowait")
    q.close()
    q.join_thread()
    print("closed")
