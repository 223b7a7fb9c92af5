import multiprocessing

def echo(inq, outq):
    while True:
        x = inq.get()
        if x == "STOP":
            return
        outq.put(x)

if __name__ == "__main__":
    inq, outq = multiprocessing.Queue(), multiprocessing.Queue()
    p = multiprocessing.Process(target=echo, args=(inq, outq))
    p.start()
    items = [None, 1, 2.5, "안녕", [1, [2, 3]], {"k": "v"}, True, -7, ""]
    for it in items:
        inq.put(it)
    inq.put("STOP")
    back = [outq.get() for _ in items]
    p.join()
    print(back == items)
    print(back)
