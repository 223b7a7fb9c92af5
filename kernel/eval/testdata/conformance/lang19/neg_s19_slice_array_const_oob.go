package main

import "fmt"

func main() {
	var arr [3]int
	fmt.Println(arr[1:5])
}
