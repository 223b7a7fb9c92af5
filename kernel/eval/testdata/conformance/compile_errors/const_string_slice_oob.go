package main

import "fmt"

func main() {
	const s = "héllo"
	fmt.Println(s[10:])
}
