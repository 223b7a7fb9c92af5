package main

import "fmt"

func main() {
	ch := make(chan<- int)
	for v := range ch {
		fmt.Println(v)
	}
}
