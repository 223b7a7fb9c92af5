package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"sh", "-c", "echo a; echo b >&2; echo c"}, subprocess.Options{Stderr: subprocess.STDOUT, Text: true})
	fmt.Println("'" + strings.ReplaceAll(string(out), "\n", "\\n") + "'")
	out, _ = subprocess.CheckOutput([]string{"sh", "-c", "echo kept; echo dropped >&2"}, subprocess.Options{Stderr: subprocess.DEVNULL})
	fmt.Println("b'" + strings.ReplaceAll(string(out), "\n", "\\n") + "'")
}
