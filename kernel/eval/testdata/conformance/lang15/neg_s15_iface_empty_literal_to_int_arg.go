package main

import "fmt"

func h(x int) { fmt.Println(x) }

func main() {
	var v interface{} = 1
	h(v)
}
