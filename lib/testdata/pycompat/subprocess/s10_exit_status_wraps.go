package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, code := range []int{0, 1, 2, 127, 255, 256, 257} {
		r, _ := subprocess.Run([]string{"sh", "-c", fmt.Sprintf("exit %d", code)})
		fmt.Println(code, r.Returncode)
	}
	a, _ := subprocess.Call([]string{"false"})
	b, _ := subprocess.Call([]string{"true"})
	fmt.Println(a, b)
	c, _ := subprocess.Call([]string{"exit 42"}, subprocess.Options{Shell: true})
	fmt.Println(c)
}
