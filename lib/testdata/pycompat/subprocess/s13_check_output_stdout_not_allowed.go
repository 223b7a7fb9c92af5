package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func try(f func() error) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	if err := f(); err != nil {
		fmt.Println(err)
	}
}

func main() {
	try(func() error {
		_, err := subprocess.CheckOutput([]string{"echo", "hi"}, subprocess.Options{Stdout: subprocess.PIPE})
		return err
	})
	try(func() error {
		_, err := subprocess.CheckOutput([]string{"cat"}, subprocess.Options{Input: "x", Stdin: subprocess.PIPE})
		return err
	})
	out, _ := subprocess.CheckOutput([]string{"echo", "hi"}, subprocess.Options{Stderr: subprocess.STDOUT})
	fmt.Printf("b'%s'\n", strings.ReplaceAll(string(out), "\n", `\n`))
}
