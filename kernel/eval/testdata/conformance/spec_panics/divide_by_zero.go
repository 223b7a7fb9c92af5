package main

import "fmt"

func main() {
	a, b := 10, 0
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	fmt.Println(a / b)
}
