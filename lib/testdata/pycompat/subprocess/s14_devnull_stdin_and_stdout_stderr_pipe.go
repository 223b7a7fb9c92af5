package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"cat"}, subprocess.Options{Stdin: subprocess.DEVNULL, CaptureOutput: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo visible >&2; echo hidden"}, subprocess.Options{Stdout: subprocess.DEVNULL, Stderr: subprocess.PIPE, Text: true})
	fmt.Println(r)
	fmt.Println(map[bool]string{true: "True", false: "False"}[r.Stdout == nil], fmt.Sprintf("'%s\\n'", string(r.Stderr[:len(r.Stderr)-1])))
}
