import multiprocessing
import time

def work(sem, running, peak):
    with sem:
        with running.get_lock():
            running.value += 1
            if running.value > peak.value:
                peak.value = running.value
        time.sleep(0.1)
        with running.get_lock():
            running.value -= 1

if __name__ == "__main__":
    sem = multiprocessing.Semaphore(2)
    running = multiprocessing.Value("i", 0)
    peak = multiprocessing.Value("i", 0)
    ps = [multiprocessing.Process(target=work, args=(sem, running, peak)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(1 <= peak.value <= 2, running.value, [p.exitcode for p in ps])
