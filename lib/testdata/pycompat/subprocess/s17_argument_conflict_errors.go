package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

var _ = errors.As
var _ = strings.Cut
var _ = time.Second

func rep(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	for _, o := range []subprocess.Options{{Input: "x", Stdin: subprocess.PIPE}, {CaptureOutput: true, Stdout: subprocess.PIPE}, {CaptureOutput: true, Stderr: subprocess.DEVNULL}} {
		if _, err := subprocess.Run([]string{"cat"}, o); err != nil {
			fmt.Println(err)
		}
	}
	if _, err := subprocess.CheckOutput([]string{"cat"}, subprocess.Options{Stdout: subprocess.PIPE}); err != nil {
		fmt.Println(err)
	}
	out, _ := subprocess.CheckOutput([]string{"cat"}, subprocess.Options{Input: "abc", Text: true})
	fmt.Printf("'%s'\n", out)
}
