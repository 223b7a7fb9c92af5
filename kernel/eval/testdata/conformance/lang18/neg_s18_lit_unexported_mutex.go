package main

import (
	"fmt"
	"sync"
)

func main() {
	m := sync.Mutex{state: 0}
	fmt.Println(m)
}
