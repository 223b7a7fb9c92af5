package main

import "fmt"

func main() {
	m := map[string]interface {
		Y()
		Y()
	}{}
	fmt.Println(m)
}
