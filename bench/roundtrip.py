"""Round trip of a trivial cell as a Python Jupyter client sees it.

Used by `make bench` (bench/main.go): for each kernel given as
NAME=ARGV_JSON (argv with "{connection_file}", as in a kernelspec), start
it with jupyter_client's KernelManager, send N execute_requests of the
trivial cell "1" one after the other, and time each from sending to having
both the execute_reply and the idle status of the request (what a front
end waits for). Kernels are measured in alternating rounds so that a
machine's load falls on all of them alike.

It also measures what a round trip costs in CPU: the client's own (this
process, all its threads: jupyter_client's event loop, deserialization,
date parsing, HMAC — the same work for every kernel) and the kernel's
(its process and its children, read from /proc). The client's CPU is spent
on the round trip's critical path, so no kernel can answer faster than it:
it bounds the ratio between kernels from below.

The same round trips are also timed with a lean client: pyzmq sockets
of its own, each message signed and its signature checked (HMAC-SHA256),
and only the JSON it needs parsed — no event loop, no date parsing. Its
own CPU per trip is a fraction of jupyter_client's, so its figures tell the
kernels apart where jupyter_client's own work hides them.

Prints one line per kernel: NAME<TAB>median_ms<TAB>p99_ms<TAB>
client_cpu_median_ms<TAB>kernel_cpu_per_trip_ms<TAB>lean_median_ms<TAB>
lean_client_cpu_median_ms (kernel CPU is -1 when it cannot be read).
"""
import hashlib
import hmac
import uuid
from datetime import datetime, timezone

import zmq
import json
import os
import statistics
import subprocess
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
        # The kernel's stdout is not this script's result (gophernotes
        # prints warnings there).
        self.km.start_kernel(stdout=subprocess.DEVNULL)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)
        self.times = []
        self.cpu = []  # the client's CPU per trip
        self.kcpu = 0.0  # the kernel's CPU over the measured trips

    def kernel_cpu(self):
        """CPU seconds used so far by the kernel process and its children
        (None when /proc cannot tell)."""
        try:
            pid = self.km.provisioner.pid
            tick = os.sysconf("SC_CLK_TCK")
            total, todo = 0, [pid]
            children = {}
            for d in os.listdir("/proc"):
                if d.isdigit():
                    try:
                        with open(f"/proc/{d}/stat") as f:
                            st = f.read().rsplit(")", 1)[1].split()
                    except OSError:
                        continue
                    children.setdefault(int(st[1]), []).append((int(d), st))
            with open(f"/proc/{pid}/stat") as f:
                stats = [f.read().rsplit(")", 1)[1].split()]
            while todo:
                for child, st in children.get(todo.pop(), []):
                    stats.append(st)
                    todo.append(child)
            for st in stats:
                total += int(st[11]) + int(st[12])  # utime, stime
            return total / tick
        except (OSError, AttributeError, ValueError, IndexError):
            return None

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

    def lean_connect(self):
        ci = self.km.get_connection_info()
        key = ci["key"] if isinstance(ci["key"], bytes) else ci["key"].encode()
        self.key = key
        self.sid = uuid.uuid4().hex
        ctx = zmq.Context.instance()
        addr = f"{ci['transport']}://{ci['ip']}:" if ci["transport"] == "tcp" else f"ipc://{ci['ip']}-"
        self.shell = ctx.socket(zmq.DEALER)
        self.shell.connect(addr + str(ci["shell_port"]))
        self.iopub = ctx.socket(zmq.SUB)
        self.iopub.setsockopt(zmq.SUBSCRIBE, b"")
        self.iopub.connect(addr + str(ci["iopub_port"]))
        self.lean_times, self.lean_cpu = [], []
        # jupyter_client's iopub socket is not read from now on: closed, so
        # that it does not fill up. A full subscriber blocks a Go zmq4
        # publisher (gonotes', gophernotes'), and with it every other
        # subscriber (libzmq's drops its messages instead): past about a
        # thousand unread messages the lean rounds would wait on it.
        self.kc.iopub_channel.close()
        time.sleep(0.5)  # let the subscription reach the kernel

    def lean_drain(self):
        while self.iopub.poll(0):
            self.iopub.recv_multipart()

    def lean_recv(self, sock, timeout_ms=30000):
        if not sock.poll(timeout_ms):
            raise TimeoutError(f"{self.name}: no message")
        frames = sock.recv_multipart()
        i = frames.index(b"<IDS|MSG>")
        sig, parts = frames[i + 1], frames[i + 2:i + 6]
        h = hmac.new(self.key, digestmod=hashlib.sha256)
        for f in parts:
            h.update(f)
        if not hmac.compare_digest(h.hexdigest().encode(), sig):
            raise ValueError(f"{self.name}: bad signature")
        return parts

    def lean_trip(self):
        t = time.perf_counter()
        mid = uuid.uuid4().hex
        header = {"msg_id": mid, "username": "bench", "session": self.sid, "msg_type": "execute_request",
                  "version": "5.3", "date": datetime.now(timezone.utc).isoformat()}
        content = {"code": "1", "silent": False, "store_history": True, "user_expressions": {},
                   "allow_stdin": False, "stop_on_error": True}
        parts = [json.dumps(header).encode(), b"{}", b"{}", json.dumps(content).encode()]
        h = hmac.new(self.key, digestmod=hashlib.sha256)
        for f in parts:
            h.update(f)
        self.shell.send_multipart([b"<IDS|MSG>", h.hexdigest().encode()] + parts)
        while json.loads(self.lean_recv(self.shell)[1]).get("msg_id") != mid:
            pass
        while True:
            hdr, parent, _, body = self.lean_recv(self.iopub)
            if (json.loads(parent).get("msg_id") == mid and json.loads(hdr)["msg_type"] == "status"
                    and json.loads(body)["execution_state"] == "idle"):
                break
        return time.perf_counter() - t

    def close(self):
        for s in (getattr(self, "shell", None), getattr(self, "iopub", None)):
            if s is not None:
                s.close(linger=0)
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
        start = {k.name: k.kernel_cpu() for k in kernels}
        for _ in range(rounds):
            for k in kernels:
                for _ in range(n // rounds):
                    c = time.process_time()
                    k.times.append(k.trip())
                    k.cpu.append(time.process_time() - c)
        for k in kernels:
            end = k.kernel_cpu()
            k.kcpu = -1 if start[k.name] is None or end is None else (end - start[k.name]) / len(k.times)
        # The lean client, in alternating rounds too (jupyter_client's
        # shell channel is left alone meanwhile, its iopub one closed).
        for k in kernels:
            k.lean_connect()
            for _ in range(20):
                k.lean_trip()
        for _ in range(rounds):
            for k in kernels:
                k.lean_drain()
                for _ in range(n // rounds):
                    c = time.process_time()
                    k.lean_times.append(k.lean_trip())
                    k.lean_cpu.append(time.process_time() - c)
    finally:
        for k in kernels:
            k.close()
    for k in kernels:
        ts = sorted(k.times)
        kcpu = k.kcpu * 1e3 if k.kcpu >= 0 else -1
        print(f"{k.name}\t{statistics.median(ts) * 1e3:.3f}\t{ts[len(ts) * 99 // 100] * 1e3:.3f}"
              f"\t{statistics.median(k.cpu) * 1e3:.3f}\t{kcpu:.3f}"
              f"\t{statistics.median(k.lean_times) * 1e3:.3f}\t{statistics.median(k.lean_cpu) * 1e3:.3f}", flush=True)


if __name__ == "__main__":
    main()
