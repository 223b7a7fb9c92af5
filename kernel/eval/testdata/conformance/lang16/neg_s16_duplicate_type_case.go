package main

import "fmt"

func main() {
	var x any = 1
	switch x.(type) {
	case int:
		fmt.Println("int")
	case string, int:
		fmt.Println("other")
	}
}
