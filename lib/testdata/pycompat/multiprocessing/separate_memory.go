package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var counter = 0

func bump() {
	counter += 100
	fmt.Println("child sees", counter)
}

func main() {
	multiprocessing.Main(bump)
	p := &multiprocessing.Process{Target: bump}
	p.Start()
	p.Join()
	fmt.Println("parent sees", counter)
}
