package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"pwd"}, subprocess.Options{Cwd: "/", CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"sh", "-c", "echo $GREETING"}, subprocess.Options{Env: []string{"GREETING=annyeong", "PATH=/usr/bin:/bin"}, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
}
