import os
import subprocess

env = dict(os.environ)
env["MY_SETTING"] = "enabled"
env.pop("UNSET_ME_X", None)
r = subprocess.run(["sh", "-c", 'echo "$MY_SETTING ${UNSET_ME_X:-none}"; command -v sh >/dev/null && echo has-sh'],
                   env=env, capture_output=True, text=True)
print(r.stdout.split("\n")[:2])
