import multiprocessing

def child(ping, pong):
    ping.wait()
    pong.set()

if __name__ == "__main__":
    ping, pong = multiprocessing.Event(), multiprocessing.Event()
    p = multiprocessing.Process(target=child, args=(ping, pong))
    p.start()
    print(pong.is_set(), pong.wait(0.05))
    ping.set()
    print(pong.wait(30), pong.is_set())
    p.join()
    pong.clear()
    print(pong.is_set(), ping.is_set())
