package main

import "fmt"

func main() {
	var u uint = 3
	i := 2
	fmt.Println(u - i)
}
