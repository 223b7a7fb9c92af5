package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	a, _ := subprocess.Call([]string{"exit 3"}, subprocess.Options{Shell: true})
	b, _ := subprocess.Call([]string{"true"})
	c, _ := subprocess.Call([]string{"sh", "-c", "kill -TERM $$"})
	fmt.Println(a, b, c)
	if err := subprocess.CheckCall([]string{"true"}); err == nil {
		fmt.Println(0)
	}
	err := subprocess.CheckCall([]string{"echo visible; exit 4"}, subprocess.Options{Shell: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e, show(e.Output), show(e.Stderr))
	}
}

func show(b []byte) string {
	if b == nil {
		return "None"
	}
	return string(b)
}
