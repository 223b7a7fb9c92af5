package main

import "fmt"

type ID int

func main() {
	ids := make(chan int, 1)
	var next ID = 7
	ids <- next
	fmt.Println(<-ids)
}
