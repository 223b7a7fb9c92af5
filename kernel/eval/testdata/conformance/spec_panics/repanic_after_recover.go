package main

import "fmt"

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleaning up after:", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}
}

func main() {
	defer cleanup()
	panic("original")
}
