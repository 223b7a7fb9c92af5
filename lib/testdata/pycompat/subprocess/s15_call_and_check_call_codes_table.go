package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, cmd := range []string{"true", "false", "exit 2", "kill -9 $$"} {
		code, _ := subprocess.Call([]string{cmd}, subprocess.Options{Shell: true})
		if err := subprocess.CheckCall([]string{cmd}, subprocess.Options{Shell: true}); err != nil {
			fmt.Println(cmd, code, "->", err)
		} else {
			fmt.Println(cmd, code, "check_call ok")
		}
	}
}
