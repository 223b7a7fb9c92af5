package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	var codes []int
	for _, i := range []int{0, 1, 42, 255, 256, 257} {
		c, _ := subprocess.Call([]string{"sh", "-c", fmt.Sprintf("exit %d", i)})
		codes = append(codes, c)
	}
	fmt.Println(pyList(codes))
	c, _ := subprocess.Call([]string{"exit 9"}, subprocess.Options{Shell: true})
	fmt.Println(c)
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
