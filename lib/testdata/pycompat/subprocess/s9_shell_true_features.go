package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func q(s string) string { return "'" + strings.ReplaceAll(s, "\n", `\n`) + "'" }

func main() {
	r, _ := subprocess.Run([]string{"for i in 1 2 3; do printf $i; done; echo"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(q(string(r.Stdout)), r.Args[0])
	r, _ = subprocess.Run([]string{"echo $HOME_S9_UNSET-default"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(q(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"exit 42"}, subprocess.Options{Shell: true})
	fmt.Println(r.Returncode)
}
