package main

import "fmt"

func main() {
	for i := range 10.5 {
		fmt.Println(i)
	}
}
