package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	p := multiprocessing.NewPool(2)
	fmt.Println(p)
	p.Close()
	fmt.Println(p)
	p.Join()
	q := multiprocessing.NewPool(1)
	q.Terminate()
	fmt.Println(q)
}
