package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, args := range [][]string{{"true"}, {"false"}, {"sh", "-c", "exit 9"}} {
		c, _ := subprocess.Call(args)
		fmt.Println(c)
	}
	c, _ := subprocess.Call([]string{"exit 5"}, subprocess.Options{Shell: true})
	fmt.Println(c)
}
