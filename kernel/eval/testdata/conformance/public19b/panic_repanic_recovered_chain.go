package main

import (
	"errors"
	"fmt"
)

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleanup saw:", r)
		panic(fmt.Errorf("cleanup failed: %v", r))
	}
}

func process() {
	defer cleanup()
	var m map[string][]int
	m["k"] = append(m["k"], 1)
}

func main() {
	defer fmt.Println("main deferred")
	fmt.Println(errors.New("start"))
	process()
}
