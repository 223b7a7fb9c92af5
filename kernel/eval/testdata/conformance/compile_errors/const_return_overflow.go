package main

import "fmt"

func g() uint8 { return 300 }

func main() {
	fmt.Println(g())
}
