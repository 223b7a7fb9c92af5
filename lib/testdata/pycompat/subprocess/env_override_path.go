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
		if !strings.HasPrefix(kv, "HOME=") && !strings.HasPrefix(kv, "GREETING=") {
			env = append(env, kv)
		}
	}
	env = append(env, "GREETING=annyeong")
	r, _ := subprocess.Run([]string{"sh", "-c", `echo "$GREETING ${HOME:-nohome}"`}, subprocess.Options{Env: env, CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	r, _ = subprocess.Run([]string{"/usr/bin/env"}, subprocess.Options{Env: []string{"ONLY=1"}, CaptureOutput: true, Text: true})
	fmt.Println("['" + strings.Join(strings.Fields(string(r.Stdout)), "', '") + "']")
}
