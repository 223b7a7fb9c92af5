import subprocess
import os

for cmd in ("false | true", "true | false", "exit 3", "(exit 4); echo $?", "sh -c 'exit 5' || echo recovered"):
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    print(repr(cmd), r.returncode, repr(r.stdout))
ps = [subprocess.Popen(["true"]) for _ in range(3)]
pids = [p.pid for p in ps]
print(all(p > 0 for p in pids), len(set(pids)), os.getpid() not in pids, [p.wait() for p in ps])
