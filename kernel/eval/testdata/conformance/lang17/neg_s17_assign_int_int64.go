package main

import "fmt"

func main() {
	i := 1
	var j int64 = i
	fmt.Println(j)
}
