package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func check(x int) int {
	if x < 0 {
		panic(fmt.Sprintf("ValueError: negative: %d", x))
	}
	return x
}

func main() {
	multiprocessing.Main(check)
	p := multiprocessing.NewPool(1)
	v, _ := p.Apply(check, 4)
	fmt.Println(v)
	if _, err := p.Apply(check, -2); err != nil {
		fmt.Println(err)
	}
	v, _ = p.Apply(check, 5)
	fmt.Println(v)
	p.Terminate()
}
