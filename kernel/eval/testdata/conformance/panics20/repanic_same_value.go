package main

import "fmt"

func work() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleaning up after", r)
			panic(r)
		}
	}()
	panic("disk full")
}

func main() {
	work()
}
