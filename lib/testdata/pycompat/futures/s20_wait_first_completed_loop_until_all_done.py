import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED

with ThreadPoolExecutor(3) as ex:
    pending = {ex.submit(time.sleep, d): d for d in (0.15, 0.05, 0.1)}
    order = []
    not_done = set(pending)
    rounds = 0
    while not_done:
        done, not_done = wait(not_done, timeout=30, return_when=FIRST_COMPLETED)
        rounds += 1
        order.extend(sorted(pending[f] for f in done))
    print(order, rounds <= 3, len(not_done))
