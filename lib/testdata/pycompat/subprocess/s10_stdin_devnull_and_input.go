package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"cat"}, subprocess.Options{Stdin: subprocess.DEVNULL, CaptureOutput: true})
	fmt.Printf("b'%s'\n", r.Stdout)
	r, _ = subprocess.Run([]string{"wc", "-l"}, subprocess.Options{Input: "a\nb\nc\n", CaptureOutput: true})
	fmt.Printf("[b'%s']\n", strings.Join(strings.Fields(string(r.Stdout)), "', b'"))
	r, _ = subprocess.Run([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Input: "hello\n", CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	out, _ := subprocess.CheckOutput([]string{"sort", "-r"}, subprocess.Options{Input: "1\n3\n2\n", Text: true})
	fmt.Println("['" + strings.Join(strings.Fields(string(out)), "', '") + "']")
	_, err := subprocess.Run([]string{"cat"}, subprocess.Options{Input: "x", Stdin: subprocess.PIPE})
	if err != nil {
		fmt.Println(err)
	}
}
