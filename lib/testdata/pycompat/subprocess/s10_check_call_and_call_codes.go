package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func b(x []byte) string {
	if x == nil {
		return "None"
	}
	return fmt.Sprintf("b'%s'", x)
}

func main() {
	if err := subprocess.CheckCall([]string{"true"}); err == nil {
		fmt.Println(0)
	}
	for _, cmd := range [][]string{{"false"}, {"sh", "-c", "exit 9"}} {
		err := subprocess.CheckCall(cmd)
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println(e, b(e.Output), b(e.Stderr))
		}
	}
	c, _ := subprocess.Call([]string{"sh", "-c", "exit 9"})
	fmt.Println(c)
	c, _ = subprocess.Call([]string{"exit 7"}, subprocess.Options{Shell: true})
	fmt.Println(c)
}
