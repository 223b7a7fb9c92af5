package main

import "fmt"

func main() {
	m := map[int8]int{200: 1}
	fmt.Println(m)
}
