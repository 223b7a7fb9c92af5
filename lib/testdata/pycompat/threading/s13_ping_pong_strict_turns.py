import threading

cond = threading.Condition()
turn = "ping"
out = []
def player(me, other, rounds):
    global turn
    for _ in range(rounds):
        with cond:
            cond.wait_for(lambda: turn == me)
            out.append(me)
            turn = other
            cond.notify_all()

a = threading.Thread(target=player, args=("ping", "pong", 4))
b = threading.Thread(target=player, args=("pong", "ping", 4))
b.start(); a.start()
a.join(); b.join()
print(" ".join(out))
