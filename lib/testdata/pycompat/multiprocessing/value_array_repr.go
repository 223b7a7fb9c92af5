package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	v := multiprocessing.NewValue("i", 5)
	fmt.Println(v)
	fmt.Println(v.Get())
	d := multiprocessing.NewValue("d", 2.5)
	fmt.Println(d)
	v.Set(7)
	fmt.Println(v.Get())
}
