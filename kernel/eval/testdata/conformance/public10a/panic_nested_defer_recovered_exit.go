package main

import "fmt"

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("cleanup recovered", r)
		panic(fmt.Sprint("cleanup failed after ", r))
	}
}

func work() {
	defer cleanup()
	panic("work failed")
}

func main() {
	defer fmt.Println("main's deferred print")
	work()
	fmt.Println("not reached")
}
