package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	args := []string{"printf", "%s|", "with space", "star*", "$HOME", "semi;colon", "quote'd"}
	r, _ := subprocess.Run(args, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(string(r.Stdout))
	r, _ = subprocess.Run([]string{"printf '%s|' *.nonexistent-s12"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(string(r.Stdout))
}
