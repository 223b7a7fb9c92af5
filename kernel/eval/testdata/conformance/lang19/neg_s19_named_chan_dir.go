package main

import "fmt"

func main() {
	ch := make(<-chan int)
	var out chan int = ch
	fmt.Println(out)
}
