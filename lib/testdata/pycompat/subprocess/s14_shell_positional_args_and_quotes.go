package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", `echo "$0|$1|$2|$#"`, "prog", "one two", "it's"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	r, _ = subprocess.Run([]string{`for w in "a b" c; do echo [$w]; done`}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println("['" + strings.Join(strings.Fields(string(r.Stdout)), "', '") + "']")
	r, _ = subprocess.Run([]string{"echo", "$HOME", "*", "a;b"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
}
