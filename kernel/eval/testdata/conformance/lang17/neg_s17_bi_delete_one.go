package main

import "fmt"

func main() {
	m := map[string]int{}
	delete(m)
	fmt.Println(m)
}
