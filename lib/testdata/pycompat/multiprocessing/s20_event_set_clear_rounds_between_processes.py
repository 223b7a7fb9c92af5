import multiprocessing as mp


def responder(ping, pong, rounds, q):
    for r in range(rounds):
        ping.wait(30)
        ping.clear()
        q.put(r)
        pong.set()


if __name__ == "__main__":
    ping, pong, q = mp.Event(), mp.Event(), mp.Queue()
    p = mp.Process(target=responder, args=(ping, pong, 3, q))
    p.start()
    got = []
    for r in range(3):
        ping.set()
        print(pong.wait(30))
        pong.clear()
        got.append(q.get(timeout=30))
    p.join()
    print(got, ping.is_set(), pong.is_set(), p.exitcode)
