package main

import "fmt"

func main() {
	const w, h = 640
	fmt.Println(w, h)
}
