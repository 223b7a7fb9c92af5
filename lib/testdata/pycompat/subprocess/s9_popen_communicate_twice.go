package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"echo", "once"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	out, _, _ := p.Communicate()
	fmt.Println("'" + strings.ReplaceAll(string(out), "\n", `\n`) + "'")
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		if _, _, err := p.Communicate(); err != nil {
			fmt.Println(err)
		} else {
			fmt.Println("second ok")
		}
	}()
	fmt.Println(p.Returncode())
}
