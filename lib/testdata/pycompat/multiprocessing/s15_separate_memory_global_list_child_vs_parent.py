import multiprocessing

items = ["start"]


def child(q):
    items.append("child")
    q.put(list(items))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    print("child saw:", q.get())
    p.join()
    print("parent has:", items)
