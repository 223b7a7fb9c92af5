package main

import "fmt"

func main() {
	c := make(chan int)
	for i, v := range c {
		fmt.Println(i, v)
	}
}
