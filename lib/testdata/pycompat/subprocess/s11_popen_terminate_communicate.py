import subprocess

p = subprocess.Popen(["sh", "-c", "trap 'echo got TERM; exit 3' TERM; echo ready; while true; do sleep 0.01; done"], stdout=subprocess.PIPE, text=True)
print(p.stdout.readline().strip())
p.terminate()
out, _ = p.communicate()
print(repr(out), p.returncode)
