package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	env := []string{"GREETING=hey", "PATH=" + os.Getenv("PATH")}
	r, _ := subprocess.Run([]string{"sh", "-c", "echo $GREETING ${HOME:-nohome}"}, subprocess.Options{Env: env, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	env2 := append(os.Environ(), "GREETING=merged")
	r, _ = subprocess.Run([]string{"sh", "-c", "echo $GREETING"}, subprocess.Options{Env: env2, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
}
