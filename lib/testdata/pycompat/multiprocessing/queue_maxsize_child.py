import multiprocessing
import queue

def fill(q, out):
    results = []
    for i in range(3):
        try:
            q.put_nowait(i)
            results.append("put %d" % i)
        except queue.Full:
            results.append("Full %d" % i)
    out.put(results)

if __name__ == "__main__":
    q = multiprocessing.Queue(2)
    out = multiprocessing.Queue()
    p = multiprocessing.Process(target=fill, args=(q, out))
    p.start()
    print(out.get(timeout=30))
    p.join()
    print(q.get(timeout=5), q.get(timeout=5))
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty")
