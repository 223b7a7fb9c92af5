package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"/usr/bin/env"}, subprocess.Options{Env: []string{"A=1", "B=two words"}, CaptureOutput: true, Text: true})
	lines := strings.Split(strings.TrimRight(string(r.Stdout), "\n"), "\n")
	sort.Strings(lines)
	fmt.Println("['" + strings.Join(lines, "', '") + "']")
	r, _ = subprocess.Run([]string{"/bin/sh", "-c", "echo ${A:-unset} ${HOME:-nohome}"}, subprocess.Options{Env: []string{"A=x"}, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"/bin/sh", "-c", `echo "$X"`}, subprocess.Options{Env: []string{"X=한글 값"}, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
}
