package main

import "fmt"

func main() {
	var x comparable
	fmt.Println(x)
}
