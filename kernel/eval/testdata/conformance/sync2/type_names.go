package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var once sync.Once
	var n atomic.Int64
	c := sync.NewCond(&mu)
	fmt.Printf("%T %T %T %T %T %T\n", &mu, &rw, &wg, &once, &n, c)
	var l sync.Locker = &rw
	fmt.Printf("%T %T\n", l, rw.RLocker())
}
