package main

import "fmt"

func main() {
	n := 1
	switch n.(type) {
	case int:
		fmt.Println("int")
	}
}
