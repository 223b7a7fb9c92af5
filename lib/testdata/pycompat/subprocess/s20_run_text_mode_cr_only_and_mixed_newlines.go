package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(s string) string {
	return "'" + strings.NewReplacer("\n", `\n`, "\r", `\r`).Replace(s) + "'"
}

func main() {
	args := []string{"printf", `a\rb\r\nc\n\rd`}
	r, _ := subprocess.Run(args, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(rep(string(r.Stdout)), strings.Count(string(r.Stdout), "\n"))
	r, _ = subprocess.Run(args, subprocess.Options{CaptureOutput: true})
	fmt.Println("b" + rep(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"cat"}, subprocess.Options{Input: "x\r\ny\rz\n", CaptureOutput: true, Text: true})
	fmt.Println(rep(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"cat"}, subprocess.Options{Input: "x\r\ny", CaptureOutput: true})
	fmt.Println("b" + rep(string(r.Stdout)))
}
