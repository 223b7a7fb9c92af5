import os
import subprocess

os.environ["S16_GREETING"] = "hello from parent"
print(subprocess.run(["sh", "-c", "echo $S16_GREETING"], capture_output=True, text=True).stdout.strip())
env = dict(os.environ, S16_EXTRA="extra")
print(subprocess.run(["sh", "-c", "echo $S16_GREETING/$S16_EXTRA"], env=env, capture_output=True, text=True).stdout.strip())
del os.environ["S16_GREETING"]
print(repr(subprocess.run(["sh", "-c", "echo \"[$S16_GREETING]\""], capture_output=True, text=True).stdout))
