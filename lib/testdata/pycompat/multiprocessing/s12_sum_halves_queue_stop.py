from multiprocessing import Process, Queue

def work(id, start, end, result):
    total = 0
    for i in range(start, end):
        total += i
    result.put(total)

if __name__ == "__main__":
    START, END = 0, 100000
    result = Queue()
    p1 = Process(target=work, args=(1, START, END // 2, result))
    p2 = Process(target=work, args=(2, END // 2, END, result))
    p1.start(); p2.start()
    p1.join(); p2.join()
    result.put("STOP")
    total = 0
    while True:
        tmp = result.get()
        if tmp == "STOP":
            break
        total += tmp
    print(f"Result:{total}")
