package main

import "fmt"

func get() interface {
	Len() int
	Len() string
} {
	return nil
}

func main() {
	fmt.Println(get())
}
