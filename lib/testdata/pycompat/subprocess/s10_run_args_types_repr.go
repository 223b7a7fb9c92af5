package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"echo", "a b", "c'd", `e"f`}, subprocess.Options{CaptureOutput: true, Text: true})
	s := r.String()
	start := strings.Index(s, "args=") + len("args=")
	end := strings.Index(s, ", returncode=")
	fmt.Println(s[start:end])
	fmt.Print(string(r.Stdout))
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"echo 'quoted arg'"}, subprocess.Options{Shell: true, CaptureOutput: true})
	fmt.Println(r.Args[0], r)
}
