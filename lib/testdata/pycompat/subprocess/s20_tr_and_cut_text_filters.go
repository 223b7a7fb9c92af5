package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Input: "hello world\n", CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	r, _ = subprocess.Run([]string{"cut", "-d,", "-f2"}, subprocess.Options{Input: "a,1\nb,2\nc,3\n", CaptureOutput: true, Text: true})
	fmt.Println("['" + strings.Join(strings.Fields(string(r.Stdout)), "', '") + "']")
	r, _ = subprocess.Run([]string{"tr", "-d", "aeiou"}, subprocess.Options{Input: "education", CaptureOutput: true})
	fmt.Println("b'" + string(r.Stdout) + "'")
	r, _ = subprocess.Run([]string{"tr", "-s", " "}, subprocess.Options{Input: "a   b    c", Stdout: subprocess.PIPE, Text: true})
	errs := "None"
	if r.Stderr != nil {
		errs = string(r.Stderr)
	}
	fmt.Println("'"+string(r.Stdout)+"'", errs, r.Returncode)
}
