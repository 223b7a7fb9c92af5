package main

import "fmt"

func main() {
	var x any = 1
	switch x.(type) {
	case int:
		fallthrough
	case string:
		fmt.Println("s")
	}
}
