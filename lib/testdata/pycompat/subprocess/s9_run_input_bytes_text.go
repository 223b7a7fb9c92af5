package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"cat"}, subprocess.Options{Input: "raw", CaptureOutput: true})
	fmt.Println("b'"+string(r.Stdout)+"'", r.Returncode)
	r, _ = subprocess.Run([]string{"cat"}, subprocess.Options{Input: "txt", CaptureOutput: true, Text: true})
	fmt.Println(string(r.Stdout), pyBool(len(r.Stderr) == 0))
	r, _ = subprocess.Run([]string{"sort"}, subprocess.Options{Input: "c\nb\na\n", Stdout: subprocess.PIPE, Text: true})
	fmt.Println("['" + strings.Join(strings.Fields(string(r.Stdout)), "', '") + "']")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
