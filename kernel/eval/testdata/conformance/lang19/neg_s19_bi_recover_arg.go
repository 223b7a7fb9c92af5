package main

import "fmt"

func main() {
	defer func() {
		r := recover(1)
		fmt.Println(r)
	}()
}
