package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "UNSET_ME_X=") {
			env = append(env, kv)
		}
	}
	env = append(env, "MY_SETTING=enabled")
	r, _ := subprocess.Run([]string{"sh", "-c", `echo "$MY_SETTING ${UNSET_ME_X:-none}"; command -v sh >/dev/null && echo has-sh`},
		subprocess.Options{Env: env, CaptureOutput: true, Text: true})
	lines := strings.Split(string(r.Stdout), "\n")
	fmt.Printf("['%s', '%s']\n", lines[0], lines[1])
}
