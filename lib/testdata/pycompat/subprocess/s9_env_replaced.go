package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo $FOO:$BAR"}, subprocess.Options{Env: []string{"FOO=1", "BAR=two", "PATH=/usr/bin:/bin"}, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"sh", "-c", "echo ${HOME:-nohome}"}, subprocess.Options{Env: []string{"PATH=/usr/bin:/bin"}, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
}
