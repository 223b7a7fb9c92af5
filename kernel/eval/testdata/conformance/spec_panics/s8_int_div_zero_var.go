package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var z int
		fmt.Println(5 % z)
	}()
	z := 0
	fmt.Println(10 / z)
}
