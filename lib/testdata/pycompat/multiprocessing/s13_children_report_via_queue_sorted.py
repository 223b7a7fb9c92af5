import multiprocessing as mp

def measure(name, text, q):
    q.put((name, len(text), text.count(" ") + 1 if text else 0, mp.current_process().name == name))

if __name__ == "__main__":
    files = {"a.txt": "hello world", "b.txt": "", "c.txt": "one two three four"}
    q = mp.Queue()
    ps = [mp.Process(target=measure, args=(n, t, q), name=n) for n, t in files.items()]
    for p in ps:
        p.start()
    got = sorted(q.get(timeout=30) for _ in ps)
    for p in ps:
        p.join()
    for row in got:
        print(row)
    print(sorted(p.exitcode for p in ps), mp.active_children())
