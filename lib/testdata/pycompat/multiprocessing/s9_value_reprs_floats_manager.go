package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	fmt.Println(multiprocessing.NewValue("d", 2.0))
	fmt.Println(multiprocessing.NewValue("d", 0.1))
	fmt.Println(multiprocessing.NewValue("i", -4))
	m := multiprocessing.NewManager()
	m.Start()
	v := m.Value("i", 3)
	fmt.Println(v)
	v.Set(9)
	fmt.Println(v, v.Get())
	fmt.Println(m.Value("d", 1.5))
	m.Shutdown()
}
