package main

import (
	"errors"
	"fmt"
	"sync"
)

var loadCount int

var load = sync.OnceValues(func() ([]string, error) {
	loadCount++
	return nil, errors.New("unavailable")
})

func main() {
	for range 3 {
		v, err := load()
		fmt.Println(v == nil, err)
	}
	fmt.Println("loads:", loadCount)
}
