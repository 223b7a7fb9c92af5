package main

import "fmt"

func main() {
	for i := range 3.5 {
		fmt.Println(i)
	}
}
