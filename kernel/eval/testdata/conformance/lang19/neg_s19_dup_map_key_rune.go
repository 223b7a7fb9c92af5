package main

import "fmt"

func main() {
	m := map[rune]string{'a': "A", 97: "a"}
	fmt.Println(m)
}
