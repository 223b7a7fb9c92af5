package main

import "fmt"

func port(p uint16) { fmt.Println(p) }

func main() {
	port(70000)
}
