package main

import "fmt"

func main() {
	var e struct{} = 1
	fmt.Println(e)
}
