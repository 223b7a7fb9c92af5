package main

import "fmt"

func main() {
	for i := 0; i; i++ {
		fmt.Println(i)
	}
}
