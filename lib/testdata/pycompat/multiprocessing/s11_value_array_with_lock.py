import multiprocessing

def deposit(balance, history, n):
    for _ in range(n):
        with balance.get_lock():
            balance.value += 10
    with history.get_lock():
        for i in range(len(history)):
            history[i] += 1

if __name__ == "__main__":
    balance = multiprocessing.Value("i", 100)
    history = multiprocessing.Array("d", [0.5, 1.5, 2.5])
    ps = [multiprocessing.Process(target=deposit, args=(balance, history, 50)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(balance.value, history[:], len(history))
