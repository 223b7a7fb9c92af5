import threading

tickets = 1000
sold = {}
lock = threading.Lock()


def seller(name):
    global tickets
    count = 0
    while True:
        with lock:
            if tickets == 0:
                break
            tickets -= 1
        count += 1
    with lock:
        sold[name] = count


ts = [threading.Thread(target=seller, args=(f"s{i}",)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(tickets, sum(sold.values()), sorted(sold))
