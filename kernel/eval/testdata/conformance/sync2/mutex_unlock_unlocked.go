package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("about to unlock twice")
	mu.Unlock()
	fmt.Println("not reached")
}
