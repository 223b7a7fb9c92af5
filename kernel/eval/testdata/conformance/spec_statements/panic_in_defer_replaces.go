package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T %v\n", r, r)
	}()
	defer func() {
		panic(fmt.Sprintf("second, after %v", recover()))
	}()
	defer fmt.Println("runs first")
	var m map[string]int
	m["x"] = 1
}
