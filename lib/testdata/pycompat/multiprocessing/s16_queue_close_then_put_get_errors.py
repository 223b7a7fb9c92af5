import multiprocessing as mp
import re

if __name__ == "__main__":
    q = mp.Queue()
    q.put("kept")
    print(q.get(timeout=30))
    q.close()
    q.join_thread()
    for name, call in (("put", lambda: q.put(1)), ("get", q.get), ("get_nowait", q.get_nowait)):
        try:
            call()
        except (ValueError, OSError) as e:
            print(name, type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e)))
    q.close()
    print("closing twice is fine")
