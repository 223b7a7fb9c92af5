package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg = sync.WaitGroup{noCopy: 1}
	fmt.Println(wg)
}
