package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"echo \"$0 got $1 and $2\"", "script", "one", "two"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"echo $((6 * 7))"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)), r.Args[0])
}
