package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	a, _ := subprocess.Call([]string{"sh", "-c", "exit 4"})
	b, _ := subprocess.Call([]string{"exit 0"}, subprocess.Options{Shell: true})
	fmt.Println(a, b)
	c, _ := subprocess.Call([]string{"sh", "-c", "kill -15 $$"})
	fmt.Println(c)
	if err := subprocess.CheckCall([]string{"true"}); err == nil {
		fmt.Println(0)
	}
	for _, cmd := range [][]string{{"sh", "-c", "exit 9"}, {"sh", "-c", "kill -9 $$"}} {
		err := subprocess.CheckCall(cmd)
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println(e.Returncode, "None", e)
		}
	}
}
