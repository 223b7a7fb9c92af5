package main

import (
	"fmt"
	"sync"
)

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	var rw sync.RWMutex
	var mu sync.Mutex
	n := 0
	withLock(&mu, func() { n++ })
	withLock(&rw, func() { n += 10 })
	withLock(rw.RLocker(), func() { n += 100 })
	fmt.Println(n)
	var l sync.Locker = &mu
	l.Lock()
	fmt.Println("locked through the interface:", !mu.TryLock())
	l.Unlock()
}
