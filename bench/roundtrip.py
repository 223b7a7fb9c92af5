"""Round trip of a trivial cell as a Python Jupyter client sees it.

Used by `make bench` (bench/main.go): for each kernel given as
NAME=ARGV_JSON (argv with "{connection_file}", as in a kernelspec), start
it with jupyter_client's KernelManager, send N execute_requests of the
trivial cell "1" one after the other, and time each from sending to having
both the execute_reply and the idle status of the request (what a front
end waits for). Kernels are measured in alternating rounds so that a
machine's load falls on all of them alike. Prints one line per kernel:
NAME<TAB>median_ms<TAB>p99_ms.
"""
import json
import os
import statistics
import sys
import tempfile
import time

from jupyter_client import KernelManager


class Kernel:
    def __init__(self, name, argv):
        d = tempfile.mkdtemp(prefix="gonotes-rt-")
        kd = os.path.join(d, "kernels", name)
        os.makedirs(kd)
        with open(os.path.join(kd, "kernel.json"), "w") as f:
            json.dump({"argv": argv, "display_name": name, "language": "x"}, f)
        os.environ["JUPYTER_PATH"] = d
        self.name = name
        self.km = KernelManager(kernel_name=name)
        self.km.start_kernel()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)
        self.times = []

    def trip(self):
        t = time.perf_counter()
        mid = self.kc.execute("1")
        while self.kc.get_shell_msg(timeout=30)["parent_header"].get("msg_id") != mid:
            pass
        while True:
            m = self.kc.get_iopub_msg(timeout=30)
            if (m["parent_header"].get("msg_id") == mid and m["msg_type"] == "status"
                    and m["content"]["execution_state"] == "idle"):
                break
        return time.perf_counter() - t

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def main():
    n = int(sys.argv[1])
    kernels = []
    for spec in sys.argv[2:]:
        name, argv = spec.split("=", 1)
        kernels.append(Kernel(name, json.loads(argv)))
    try:
        for k in kernels:  # warm-up
            for _ in range(20):
                k.trip()
        rounds = 10
        for _ in range(rounds):
            for k in kernels:
                for _ in range(n // rounds):
                    k.times.append(k.trip())
    finally:
        for k in kernels:
            k.close()
    for k in kernels:
        ts = sorted(k.times)
        print(f"{k.name}\t{statistics.median(ts) * 1e3:.3f}\t{ts[len(ts) * 99 // 100] * 1e3:.3f}", flush=True)


if __name__ == "__main__":
    main()
