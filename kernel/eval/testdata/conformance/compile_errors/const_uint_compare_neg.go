package main

import "fmt"

func main() {
	var u uint
	fmt.Println(u-1 < 0, -1 < u)
}
